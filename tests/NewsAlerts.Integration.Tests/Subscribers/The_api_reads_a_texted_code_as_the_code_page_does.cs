namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Trial r32 #1: <c>POST /api/sign-ups/{id}/confirm-sms</c> refused the code as copied from the Arabic text (its
/// U+2066/U+2069 isolates) with a 403 that spent one of the five tries, while the code page accepted it. The API reads a
/// code as the page does (TypedCodes): the sink's real Arabic text's code and the code in Arabic-Indic, Persian or
/// full-width digits confirm; a code that is not six digits is a 400 naming <c>code</c> and spends no try.
/// </summary>
public sealed partial class The_api_reads_a_texted_code_as_the_code_page_does(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;
    private SignUpService signUps = null!;

    public async Task InitializeAsync()
    {
        stack = await HostedStack.StartAsync(fixture.Stack);
        signUps = stack.Host.Services.GetRequiredService<SignUpService>();
    }

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Theory]
    [InlineData("copied")]
    [InlineData("arabic-indic")]
    [InlineData("persian")]
    [InlineData("full-width")]
    public async Task The_code_as_the_arabic_text_carries_it_or_in_another_scripts_digits_confirms(string written)
    {
        var (started, phone) = await SignUpInArabicAsync();
        var body = (await stack.Sink.MessagesToAsync(phone, CancellationToken.None))[0].GetProperty("body").GetString()!;
        var copied = CopiedCode().Match(body).Value;
        Assert.Contains('\u2066', copied);
        var code = started.SmsCode!;
        var typed = written switch
        {
            "copied" => copied,
            "arabic-indic" => InDigits(code, '\u0660'),
            "persian" => InDigits(code, '\u06F0'),
            _ => InDigits(code, '\uFF10'),
        };

        using var answer = await Api.PostJsonAsync(stack.Host.Client, $"api/sign-ups/{started.SignUp.Id}/confirm-sms", new { code = typed });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("Confirmed", (await Api.BodyAsync(answer)).GetProperty("subscriber").GetProperty("smsStatus").GetString());
    }

    [Theory]
    [InlineData("٩٩٩٩٩٩٩")]
    [InlineData("12345")]
    [InlineData("12a456")]
    [InlineData("\u2066\u2069")]
    [InlineData("")]
    public async Task A_code_of_the_wrong_shape_is_a_problem_naming_code_and_spends_no_try(string typed)
    {
        var (started, _) = await SignUpInArabicAsync();
        var id = started.SignUp.Id;
        var wrong = started.SmsCode == "000000" ? "111111" : "000000";

        for (var i = 0; i < 3; i++)
        {
            using var refused = await Api.PostJsonAsync(stack.Host.Client, $"api/sign-ups/{id}/confirm-sms", new { code = typed });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.True((await Api.BodyAsync(refused)).GetProperty("errors").TryGetProperty("code", out _));
        }

        // All five real tries are still there: four wrong ones, then the right one confirms.
        for (var i = 0; i < PendingConfirmations.MaxSmsCodeAttempts - 1; i++)
        {
            using var miss = await Api.PostJsonAsync(stack.Host.Client, $"api/sign-ups/{id}/confirm-sms", new { code = wrong });
            Assert.Equal(HttpStatusCode.Forbidden, miss.StatusCode);
        }

        using var right = await Api.PostJsonAsync(stack.Host.Client, $"api/sign-ups/{id}/confirm-sms", new { code = started.SmsCode });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    private static string InDigits(string code, char zero) => string.Concat(code.Select(d => (char)(zero + (d - '0'))));

    private async Task<(SignUpStarted Started, string Phone)> SignUpInArabicAsync()
    {
        var phone = TestPhones.NewValid();
        var started = await signUps.SignUpAsync(new SubscriberRequest(null, phone, "Asia/Dubai", [("Syria", false)], 2, Language: "ar"), CancellationToken.None);
        await stack.Host.Services.GetRequiredService<IConfirmationSender>().SendSmsCodeAsync(started.SignUp.Id, phone, started.SmsCode!, "ar", CancellationToken.None);
        await Eventually.TrueAsync(async () => (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count >= 1, "the Arabic code text arrives");
        return (started, phone);
    }

    // The code with whatever invisible marks stand around it, as a selection in a messaging app takes it.
    [GeneratedRegex(@"[\u2066\u200e\u200f]*\d{6}[\u2069\u200e\u200f]*")]
    private static partial Regex CopiedCode();
}
