namespace NewsAlerts.SmsSink;

using System.Threading.Channels;
using Microsoft.Extensions.Options;

/// <summary>Sends each accepted message's status callbacks, <c>sent</c> then <c>delivered</c>, as Twilio does.</summary>
public sealed partial class StatusCallbacks(
    WebhookPoster poster, MessageStore store, IOptions<SinkOptions> options, ILogger<StatusCallbacks> logger) : BackgroundService
{
    private readonly Channel<SinkMessage> queue = Channel.CreateUnbounded<SinkMessage>();
    private readonly SemaphoreSlim parallel = new(8);

    /// <summary>Queues the callbacks of a message that has a StatusCallback URL.</summary>
    public void Enqueue(SinkMessage message) => queue.Writer.TryWrite(message);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var message in queue.Reader.ReadAllAsync(stoppingToken))
        {
            await parallel.WaitAsync(stoppingToken);
            _ = Task.Run(() => DeliverAsync(message, stoppingToken), stoppingToken);
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        parallel.Dispose();
        base.Dispose();
    }

    private async Task DeliverAsync(SinkMessage message, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var status in new[] { "sent", "delivered" })
            {
                store.SetStatus(message.Sid, status);
                var form = new List<KeyValuePair<string, string>>
                {
                    new("AccountSid", options.Value.AccountSid),
                    new("ApiVersion", "2010-04-01"),
                    new("From", message.From ?? options.Value.Number),
                    new("MessageSid", message.Sid),
                    new("MessageStatus", status),
                    new("SmsSid", message.Sid),
                    new("SmsStatus", status),
                    new("To", message.To),
                };
                var (code, _) = await poster.PostAsync(message.StatusCallback!, form, cancellationToken);
                LogCallback(logger, message.Sid, status, code);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            LogCallbackFailed(logger, message.Sid, ex.Message);
        }
        finally
        {
            parallel.Release();
        }
    }

    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "Status callback {Status} for {MessageSid} answered {Code}")]
    private static partial void LogCallback(ILogger logger, string messageSid, string status, int code);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Warning, Message = "Status callback for {MessageSid} failed: {Error}")]
    private static partial void LogCallbackFailed(ILogger logger, string messageSid, string error);
}
