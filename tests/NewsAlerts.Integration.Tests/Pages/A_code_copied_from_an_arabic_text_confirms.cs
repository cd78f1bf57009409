namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Text.RegularExpressions;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Trial r31b: an Arabic text writes its code inside a left-to-right isolate ("رمز NewsAlerts: ⁦325862⁩."), and a
/// person who copies the code from the text takes the invisible U+2066/U+2069 along; the code page refused it as "enter
/// the six digits". The code as the SMS sink received it, isolates included, confirms; so does the code typed with an
/// Arabic keyboard's digits.
/// </summary>
public sealed partial class A_code_copied_from_an_arabic_text_confirms(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private SignUpStack stack = null!;

    public async Task InitializeAsync() => stack = await SignUpStack.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_code_as_the_text_carries_it_or_in_arabic_digits_confirms_the_number(bool arabicDigits)
    {
        var phone = TestPhones.NewValid();
        var started = await stack.SignUps.SignUpAsync(new SubscriberRequest(null, phone, "Asia/Dubai", [("Syria", false)], 2, Language: "ar"), CancellationToken.None);
        var body = (await stack.SendCodeTextAsync(started.SignUp.Id, phone, started.SmsCode!, "ar"))[0].GetProperty("body").GetString()!;
        var copied = CopiedCode().Match(body).Value;
        Assert.Contains('\u2066', copied);
        var typed = arabicDigits ? string.Concat(started.SmsCode!.Select(d => (char)('\u0660' + (d - '0')))) : copied;

        var codePage = await stack.ConfirmPageAsync(started.SignUp.Id);
        var (response, page) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "code"), [new("code", typed)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("name=\"code\"", page, StringComparison.Ordinal);
        Assert.True((await stack.SignUps.FindAsync(started.SignUp.Id, CancellationToken.None))!.SmsConfirmed);
    }

    // The code with whatever invisible marks stand around it, as a selection in a messaging app takes it.
    [GeneratedRegex(@"[\u2066\u200e\u200f]*\d{6}[\u2069\u200e\u200f]*")]
    private static partial Regex CopiedCode();
}
