namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

public sealed class Double_opt_in_confirms_each_channel_once(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_email_link_token_confirms_once_and_cannot_be_reused_or_forged()
    {
        var signUp = await SignUpAsync();
        var id = signUp.Subscriber.Id;
        var forgedSigner = new TokenSigner(new byte[32], TimeProvider.System);

        using var forged = await ConfirmEmailAsync(id, forgedSigner.Issue(TokenPurpose.ConfirmEmail, id, TimeSpan.FromHours(1)));
        using var wrongPurpose = await ConfirmEmailAsync(id, signUp.ManageToken);
        using var confirmed = await ConfirmEmailAsync(id, signUp.EmailConfirmationToken!);
        using var reused = await ConfirmEmailAsync(id, signUp.EmailConfirmationToken!);

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongPurpose.StatusCode);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("Confirmed", (await Api.BodyAsync(confirmed)).GetProperty("emailStatus").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, reused.StatusCode);
    }

    [Fact]
    public async Task An_expired_email_token_is_refused()
    {
        var signUp = await SignUpAsync();
        var signer = new TokenSigner(Convert.FromBase64String(TestFunctionHost.SigningKey), new ShiftedTime(TimeSpan.FromDays(-3)));

        using var expired = await ConfirmEmailAsync(signUp.Subscriber.Id, signer.Issue(TokenPurpose.ConfirmEmail, signUp.Subscriber.Id, TimeSpan.FromDays(2)));

        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
    }

    [Fact]
    public async Task The_sms_code_confirms_the_number_and_five_wrong_codes_void_it()
    {
        var first = await SignUpAsync();
        var second = await SignUpAsync();
        var wrong = first.SmsCode == "000000" ? "111111" : "000000";

        using var right = await Api.PostJsonAsync(host.Client, $"api/subscribers/{first.Subscriber.Id}/confirm-sms", new { code = first.SmsCode });
        for (var i = 0; i < PendingConfirmations.MaxSmsCodeAttempts; i++)
        {
            using var miss = await Api.PostJsonAsync(host.Client, $"api/subscribers/{second.Subscriber.Id}/confirm-sms", new { code = wrong });
            Assert.Equal(HttpStatusCode.Forbidden, miss.StatusCode);
        }

        using var tooLate = await Api.PostJsonAsync(host.Client, $"api/subscribers/{second.Subscriber.Id}/confirm-sms", new { code = second.SmsCode });

        Assert.Equal("Confirmed", (await Api.BodyAsync(right)).GetProperty("smsStatus").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, tooLate.StatusCode);
    }

    private Task<SignUp> SignUpAsync() =>
        host.Services.GetRequiredService<SubscriberService>().SignUpAsync(
            new SubscriberRequest("reader@example.com", "+447400123456", "Europe/London", [("Syria", false)], 2), CancellationToken.None);

    private Task<HttpResponseMessage> ConfirmEmailAsync(string id, string token) =>
        Api.PostJsonAsync(host.Client, $"api/subscribers/{id}/confirm-email", new { token });

    private sealed class ShiftedTime(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }
}
