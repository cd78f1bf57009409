namespace NewsAlerts.Channels.Sms;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsAlerts.Channels.Privacy;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Health;
using NewsAlerts.Core.Ports;
using Twilio.Clients;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

/// <summary>
/// Sends SMS alerts with the Twilio SDK through its own <see cref="TwilioRestClient"/> (never the static
/// <c>TwilioClient</c>, so two senders with different accounts can live in one process). Thread-safe: register once
/// as a singleton. Failures come back as outcomes, never as exceptions, except cancellation.
/// </summary>
public sealed partial class TwilioSmsSender : ISmsSender, IDisposable
{
    private readonly TwilioOptions options;
    private readonly ILogger<TwilioSmsSender> logger;
    private readonly System.Net.Http.HttpClient http;
    private readonly TwilioRestClient client;
    private readonly ISmsConfigurationFaults? faults;

    /// <summary>
    /// Creates the sender; <paramref name="transport"/> replaces the socket handler (tests), default none;
    /// <paramref name="faults"/>, when given, is told each refusal for our configuration and each text that went, so the
    /// health report shows the fault until a text goes again (none: only logged).
    /// </summary>
    public TwilioSmsSender(
        IOptions<TwilioOptions> options, ILogger<TwilioSmsSender> logger, TimeProvider? time = null, HttpMessageHandler? transport = null,
        ISmsConfigurationFaults? faults = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.logger = logger;
        this.faults = faults;
        HttpMessageHandler handler = transport ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (this.options.ApiBaseUrl is { } apiBase)
        {
            handler = new TwilioApiBaseHandler(apiBase) { InnerHandler = handler };
        }

        handler = new TwilioThrottleHandler(time ?? TimeProvider.System) { InnerHandler = handler };
        http = new System.Net.Http.HttpClient(handler) { Timeout = this.options.RequestTimeout };
        client = new TwilioRestClient(this.options.AccountSid, this.options.AuthToken, httpClient: new SystemNetHttpClient(http));
    }

    /// <inheritdoc />
    public async Task<SendOutcome> SendAsync(SmsAlertRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The SDK call takes no token: once started it runs to its timeout, so a send is never half-abandoned.
        cancellationToken.ThrowIfCancellationRequested();
        var body = SmsText.Compose(request.Content, request.Link, request.IsFirstMessage, request.Language);
        return await SendTextAsync(request.SubscriberId, request.ToNumber, body, request.StatusCallback, cancellationToken);
    }

    /// <summary>Sends any shaped text, mapping Twilio failures to outcomes.</summary>
    public async Task<SendOutcome> SendTextAsync(string subscriberId, string toNumber, SmsBody body, Uri? statusCallback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        cancellationToken.ThrowIfCancellationRequested();
        var create = new CreateMessageOptions(new PhoneNumber(toNumber))
        {
            Body = body.Text,
            StatusCallback = statusCallback ?? options.StatusCallbackUrl,
        };
        if (!string.IsNullOrWhiteSpace(options.MessagingServiceSid))
        {
            create.MessagingServiceSid = options.MessagingServiceSid;
        }
        else
        {
            create.From = new PhoneNumber(options.FromNumber);
        }

        try
        {
            var message = await MessageResource.CreateAsync(create, client);
            LogSent(logger, subscriberId, Mask.Phone(toNumber), message.Sid, body.Measure.Segments);
            await NoteAsync(f => f.ClearAsync(CancellationToken.None));
            return SendOutcome.Sent(message.Sid);
        }
        catch (Exception ex) when (TwilioFailures.IsTwilioFailure(ex))
        {
            var outcome = TwilioFailures.ToOutcome(ex);
            if (TwilioFailures.ConfigurationFault(outcome) is { } fault)
            {
                // Every message fails alike until an operator fixes the setting: at error, with the setting named.
                LogConfigurationFault(logger, fault.Code, fault.Reason, fault.Setting!);
                // Keyed by recipient and message: the dispatcher's retries of this text count as attempts, not as more texts.
                var text = SmsTextKey.Of(string.IsNullOrEmpty(subscriberId) ? toNumber : subscriberId, body.Text);
                await NoteAsync(f => f.RecordAsync(fault.Code, fault.Setting!, fault.Reason, text, CancellationToken.None));
            }
            else
            {
                LogFailed(logger, subscriberId, Mask.Phone(toNumber), outcome.Status, outcome.Reason);
            }

            return outcome;
        }
    }

    // Tells the health record; never fails or cancels the send it follows (the text went, or was refused, either way).
    private async Task NoteAsync(Func<ISmsConfigurationFaults, Task> note)
    {
        if (faults is null)
        {
            return;
        }

        try
        {
            await note(faults);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFaultNotNoted(logger, ex);
        }
    }

    /// <summary>
    /// Fetches the account this sender uses (<c>GET /2010-04-01/Accounts/{sid}.json</c>), for the health check.
    /// Returns the API host asked and the account's status (<c>active</c>, <c>suspended</c> or <c>closed</c>).
    /// </summary>
    /// <exception cref="Twilio.Exceptions.ApiException">Twilio refused the call (401 for wrong credentials).</exception>
    /// <exception cref="Twilio.Exceptions.ApiConnectionException">The API did not answer.</exception>
    public async Task<(string Host, string Status)> FetchAccountAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var account = await Twilio.Rest.Api.V2010.AccountResource.FetchAsync(pathSid: options.AccountSid, client: client);
        return (ApiHost, account.Status?.ToString() ?? "unknown");
    }

    /// <summary>The API host this sender talks to (<c>api.twilio.com</c>, or the configured base URL's host and port).</summary>
    public string ApiHost => options.ApiBaseUrl?.Authority ?? "api.twilio.com";

    /// <inheritdoc />
    public void Dispose() => http.Dispose();

    [LoggerMessage(EventId = 4201, Level = LogLevel.Debug, Message = "SMS alert to subscriber {SubscriberId} ({Number}) accepted as {MessageSid} ({Segments} segments)")]
    private static partial void LogSent(ILogger logger, string subscriberId, string number, string messageSid, int segments);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "SMS alert to subscriber {SubscriberId} ({Number}) failed: {Status} {Reason}")]
    private static partial void LogFailed(ILogger logger, string subscriberId, string number, SendStatus status, string? reason);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Error, Message = "Twilio refused an SMS for our configuration ({Code}: {Reason}); fix {Setting}. The message is retried, then dead-lettered")]
    private static partial void LogConfigurationFault(ILogger logger, int code, string reason, string setting);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Warning, Message = "The SMS configuration fault shown in health could not be recorded or cleared")]
    private static partial void LogFaultNotNoted(ILogger logger, Exception exception);
}
