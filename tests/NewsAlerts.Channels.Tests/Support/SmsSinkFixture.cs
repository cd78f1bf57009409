namespace NewsAlerts.Channels.Tests.Support;

using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsAlerts.Channels.Sms;
using NewsAlerts.SmsSink;

/// <summary>The SMS sink on a free loopback port, in-process, with a webhook recorder standing in for the app.</summary>
public sealed class SmsSinkFixture : IAsyncLifetime
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string AuthToken = "test-auth-token-0123456789";
    public const string InvalidNumber = "+15005550001";
    public const string OptedOutNumber = "+15005550002";

    private WebApplication sink = null!;

    public WebhookRecorder Webhooks { get; private set; } = null!;

    public Uri SinkUri { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Webhooks = await WebhookRecorder.StartAsync();
        sink = SmsSinkApp.Build([
            "--urls=http://127.0.0.1:0",
            $"--account-sid={AccountSid}",
            $"--auth-token={AuthToken}",
            $"--invalid-numbers={InvalidNumber}",
            $"--opted-out-numbers={OptedOutNumber}",
            $"--inbound-webhook-url={new Uri(Webhooks.BaseUri, "api/twilio/inbound")}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await sink.StartAsync();
        SinkUri = new Uri(sink.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        Http = new HttpClient { BaseAddress = SinkUri };
    }

    /// <summary>A sender whose real Twilio SDK talks to this sink.</summary>
    public TwilioSmsSender Sender(string? authToken = null) => new(Options.Create(SenderOptions(authToken)), NullLogger<TwilioSmsSender>.Instance);

    public TwilioOptions SenderOptions(string? authToken = null) => new()
    {
        AccountSid = AccountSid,
        AuthToken = authToken ?? AuthToken,
        FromNumber = "+15005550006",
        ApiBaseUrl = SinkUri,
    };

    /// <summary>Messages the sink holds to <paramref name="to"/>.</summary>
    public async Task<List<SinkMessage>> MessagesToAsync(string to) =>
        (await Http.GetFromJsonAsync<List<SinkMessage>>("sink/messages"))!.Where(m => m.To == to).ToList();

    /// <summary>A number no other test uses.</summary>
    public static string UniqueNumber() => "+1555" + Random.Shared.Next(1000000, 9999999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await sink.StopAsync();
        await sink.DisposeAsync();
        await Webhooks.DisposeAsync();
    }
}
