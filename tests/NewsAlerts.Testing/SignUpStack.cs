namespace NewsAlerts.Testing;

using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Texts;

/// <summary>
/// The set-up of tests that sign people up and confirm them through the pages: a <see cref="HostedStack"/>, the host's
/// <see cref="SignUpService"/>, and messages sent through the host's <see cref="IConfirmationSender"/> then read where
/// they arrive (the SMS sink, smtp4dev). A test shows that a page sent nothing by sending a control message afterwards
/// and finding it the only one that arrived.
/// </summary>
public sealed class SignUpStack : IAsyncDisposable
{
    private readonly HostedStack hosted;

    private SignUpStack(HostedStack hosted)
    {
        this.hosted = hosted;
        SignUps = hosted.Host.Services.GetRequiredService<SignUpService>();
    }

    /// <summary>The function host under test.</summary>
    public TestFunctionHost Host => hosted.Host;

    /// <summary>The emails smtp4dev received.</summary>
    public Smtp4devInbox Inbox => hosted.Inbox;

    /// <summary>The texts the SMS sink received.</summary>
    public SmsSinkInbox Sink => hosted.Sink;

    /// <summary>The host's sign-up service.</summary>
    public SignUpService SignUps { get; }

    private IConfirmationSender Sender => Host.Services.GetRequiredService<IConfirmationSender>();

    /// <summary>Starts a host on <paramref name="stack"/> as <see cref="HostedStack.StartAsync"/> does with no options.</summary>
    public static async Task<SignUpStack> StartAsync(RunningStack stack) => new(await HostedStack.StartAsync(stack));

    /// <summary>The confirmation page of sign-up <paramref name="signUpId"/> without a token (the code form, or what stands for it), as HTML.</summary>
    /// <exception cref="HttpRequestException">The page did not answer 2xx.</exception>
    public Task<string> ConfirmPageAsync(string signUpId) =>
        Host.Client.GetStringAsync(new Uri($"confirm?signUp={Uri.EscapeDataString(signUpId)}", UriKind.Relative));

    /// <summary>
    /// Texts <paramref name="code"/> to <paramref name="phone"/> as sign-up <paramref name="signUpId"/>'s code (in
    /// <paramref name="language"/>, a BCP 47 tag), waits (30 s deadline) until the sink holds a text to the number, and
    /// returns every text to it, oldest first.
    /// </summary>
    /// <exception cref="TimeoutException">No text to the number arrived by the deadline.</exception>
    public async Task<IReadOnlyList<JsonElement>> SendCodeTextAsync(string signUpId, string phone, string code, string language)
    {
        await Sender.SendSmsCodeAsync(signUpId, phone, code, language, CancellationToken.None);
        await Eventually.TrueAsync(async () => (await Sink.MessagesToAsync(phone, CancellationToken.None)).Count >= 1, $"the code text to {phone} arrives");
        return await Sink.MessagesToAsync(phone, CancellationToken.None);
    }

    /// <summary>
    /// Emails subscriber <paramref name="subscriberId"/> a manage link (a control message, its token not valid) at
    /// <paramref name="email"/> in <paramref name="language"/>, waits (30 s deadline) until smtp4dev holds an email to the
    /// address, and returns how many it holds.
    /// </summary>
    /// <exception cref="TimeoutException">No email to the address arrived by the deadline.</exception>
    public async Task<int> SendManageLinkEmailAsync(string subscriberId, string email, string language)
    {
        await Sender.SendManageLinkAsync(subscriberId, email, new Uri("http://localhost/manage?token=control"), new MessageLocale(language, "UTC"), CancellationToken.None);
        await Eventually.TrueAsync(async () => await Inbox.CountAsync(email, CancellationToken.None) >= 1, $"the control email to {email} arrives");
        return await Inbox.CountAsync(email, CancellationToken.None);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => hosted.DisposeAsync();
}
