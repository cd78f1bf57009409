namespace NewsAlerts.Channels.Email;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using NewsAlerts.Channels.Privacy;
using NewsAlerts.Core.Delivery;

/// <summary>
/// Sends email alerts through an SMTP relay with MailKit over a small pool of reused connections. Thread-safe:
/// register once as a singleton. Failures come back as outcomes (see <see cref="SendStatus"/>), never as exceptions,
/// except cancellation.
/// </summary>
public sealed partial class SmtpEmailSender : IEmailSender, IAsyncDisposable, IDisposable
{
    private readonly SmtpConnectionPool pool;
    private readonly MailboxAddress from;
    private readonly ILogger<SmtpEmailSender> logger;
    private readonly TimeProvider time;

    /// <summary>Creates the sender; no connection is opened until the first send.</summary>
    /// <param name="options">The SMTP settings.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="time">The clock for each message's <c>Date:</c> header; the system clock when null.</param>
    /// <exception cref="InvalidOperationException">Smtp:FromAddress is missing.</exception>
    public SmtpEmailSender(IOptions<SmtpOptions> options, ILogger<SmtpEmailSender> logger, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        pool = new SmtpConnectionPool(value);
        from = new MailboxAddress(value.FromName, value.FromAddress ?? throw new InvalidOperationException("Setting 'Smtp:FromAddress' is missing."));
        this.logger = logger;
        this.time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async Task<SendOutcome> SendAsync(EmailAlertRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        MimeMessage message;
        try
        {
            message = AlertEmailComposer.Compose(request, from, time.GetUtcNow());
        }
        catch (ParseException)
        {
            LogBadAddress(logger, request.SubscriberId, Mask.Email(request.ToAddress));
            return SendOutcome.Permanent("The email address cannot be parsed", "address");
        }

        return await SendMessageAsync(message, request.SubscriberId, request.ToAddress, cancellationToken);
    }

    /// <summary>The sender address of every message.</summary>
    public MailboxAddress From => from;

    /// <summary>Sends any composed message over the pooled connections, mapping SMTP failures to outcomes.</summary>
    public async Task<SendOutcome> SendMessageAsync(MimeMessage message, string subscriberId, string toAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        // A pooled connection may have been closed by the relay while idle: it is replaced quietly (each stale one is
        // closed on return, so this ends on a fresh connection). A break after the data went is never sent again.
        while (true)
        {
            var (client, reused) = await RentAsync(cancellationToken);
            if (client is null)
            {
                return SendOutcome.Transient("SMTP connection failed");
            }

            var healthy = false;
            var data = new DataProgress();
            try
            {
                await client.SendAsync(message, cancellationToken, data);
                healthy = true;
                LogSent(logger, subscriberId, Mask.Email(toAddress), message.Subject ?? string.Empty);
                return SendOutcome.Sent(message.MessageId!);
            }
            catch (Exception ex) when (SmtpFailures.IsSmtpFailure(ex) || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                var noReply = SmtpFailures.IsBrokenConnection(ex) || ex is TimeoutException or OperationCanceledException;
                switch (SmtpRetry.Decide(reused, data.AllWritten, noReply))
                {
                    case SmtpRetryDecision.Reconnect:
                        LogReconnecting(logger, ex.GetType().Name);
                        continue;
                    case SmtpRetryDecision.CountAsSent:
                        LogReplyLost(logger, subscriberId, Mask.Email(toAddress), ex.GetType().Name);
                        return SendOutcome.Sent(message.MessageId!);
                    default:
                        var outcome = SmtpFailures.ToOutcome(ex);
                        LogFailed(logger, ex, subscriberId, Mask.Email(toAddress), outcome.Status, outcome.Reason);
                        return outcome;
                }
            }
            finally
            {
                pool.Return(client, healthy);
            }
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => pool.DisposeAsync();

    /// <inheritdoc />
    public void Dispose() => pool.Dispose();

    private async Task<(MailKit.Net.Smtp.SmtpClient? Client, bool Reused)> RentAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await pool.RentAsync(cancellationToken);
        }
        catch (Exception ex) when (SmtpFailures.IsSmtpFailure(ex) || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogConnectFailed(logger, ex);
            return (null, false);
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "Email sent to subscriber {SubscriberId} ({Address}): {Subject}")]
    private static partial void LogSent(ILogger logger, string subscriberId, string address, string subject);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Email alert to subscriber {SubscriberId} ({Address}) failed: {Status} {Reason}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string subscriberId, string address, SendStatus status, string? reason);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Could not connect to the SMTP relay")]
    private static partial void LogConnectFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Debug, Message = "A pooled SMTP connection was closed by the relay while idle ({Failure}); sending on another")]
    private static partial void LogReconnecting(ILogger logger, string failure);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Warning, Message = "Email to subscriber {SubscriberId} ({Address}): the connection broke after the message was handed to the relay ({Failure}); counted as sent, not sent again")]
    private static partial void LogReplyLost(ILogger logger, string subscriberId, string address, string failure);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "Email address of subscriber {SubscriberId} ({Address}) cannot be parsed")]
    private static partial void LogBadAddress(ILogger logger, string subscriberId, string address);
}
