namespace NewsAlerts.Integration.Tests.Subscribers;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Texts;
using NewsAlerts.Functions.Http;
using NewsAlerts.Functions.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Review of s36: <see cref="ConfirmationSending"/> told how each send ended only after all of them, so an exception on
/// the text after the email went left only the request guard's "failed on our side" noted, and the allowances were given
/// back (<see cref="Core.RateLimits.AllowanceReturns.Due"/>) though an email went. Each end is now noted as it happens.
/// The senders are stand-ins inside this process (an email that goes, a text that throws); the sign-up, its wording
/// and the gate are the host's.
/// </summary>
public sealed class A_text_failing_after_its_email_went_keeps_the_allowances_spent(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_email_that_went_keeps_them_spent()
    {
        var (gate, request) = await FailAsync(withEmail: true);

        Assert.False(await gate.GiveBackIfDueAsync(request));
    }

    // The same failure with nothing sent before it gives them back: the rule above is what keeps them.
    [Fact]
    public async Task A_text_failing_alone_gives_them_back()
    {
        var (gate, request) = await FailAsync(withEmail: false);

        Assert.True(await gate.GiveBackIfDueAsync(request));
    }

    // Sends a sign-up's confirmations as a request does, through the guard every HTTP function runs in; the text throws.
    private async Task<(ConfirmationGate Gate, HttpRequest Request)> FailAsync(bool withEmail)
    {
        var signUps = host.Services.GetRequiredService<SignUpService>();
        var email = withEmail ? $"text-fails-{Guid.NewGuid():N}@example.com" : null;
        var started = await signUps.SignUpAsync(
            new SubscriberRequest(email, TestPhones.NewValid(), "UTC", [("Aleppo", false)], Subscriber.DefaultSmsMaxUrgency), CancellationToken.None);
        Assert.NotNull(started.SmsCode);
        var sender = new TextThrows();
        var sending = ActivatorUtilities.CreateInstance<ConfirmationSending>(host.Services, (IConfirmationSender)sender);
        var gate = host.Services.GetRequiredService<ConfirmationGate>();
        var messages = new ConfirmationMessages(sending, gate, signUps);
        var http = new DefaultHttpContext();

        var problem = await HttpRequestGuard.RunAsync(http, "SignUp", () => messages.SendAsync(http.Request, started, CancellationToken.None), NullLogger.Instance);

        Assert.NotNull(problem); // the text's exception was answered as our failure
        Assert.Equal((withEmail ? 1 : 0, 1), (sender.Emails, sender.Texts));
        return (gate, http.Request);
    }

    private sealed class TextThrows : IConfirmationSender
    {
        public int Emails { get; private set; }

        public int Texts { get; private set; }

        public Task<SendOutcome> SendEmailConfirmationAsync(string subscriberId, string address, Uri confirmationUrl, MessageLocale locale, CancellationToken cancellationToken)
        {
            Emails++;
            return Task.FromResult(SendOutcome.Sent("email-1"));
        }

        public Task<SendOutcome> SendSmsCodeAsync(string subscriberId, string phone, string code, string? language, CancellationToken cancellationToken)
        {
            Texts++;
            throw new InvalidOperationException("the text failed in a way no outcome covers");
        }

        public Task<SendOutcome> SendTopicsCodeAsync(string signUpId, string phone, string code, string? language, CancellationToken cancellationToken) =>
            SendSmsCodeAsync(signUpId, phone, code, language, cancellationToken);

        public Task<SendOutcome> SendAddressChangeAsync(string subscriberId, string address, Uri confirmationUrl, MessageLocale locale, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<SendOutcome> SendComeBackAsync(string subscriberId, string address, Uri confirmationUrl, MessageLocale locale, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<SendOutcome> SendManageLinkAsync(string subscriberId, string address, Uri manageUrl, MessageLocale locale, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<SendOutcome> SendManageLinkRequestedAsync(string subscriberId, string address, Uri manageUrl, MessageLocale locale, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<SendOutcome> SendManageLinkTextAsync(string subscriberId, string phone, Uri manageUrl, MessageLocale locale, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<SendOutcome> SendContactChangedAsync(string subscriberId, ContactChangeNotice notice, Uri manageUrl, TimeSpan linkLifetime, MessageLocale locale, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<SendOutcome> SendTopicsChangeAsync(
            string signUpId, string address, IReadOnlyList<string> topics, Uri? addUrl, Uri manageUrl, TopicsChangeNotes notes, MessageLocale locale, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
