namespace NewsAlerts.Azure.Queues;

using System.Collections.Concurrent;
using global::Azure.Messaging.ServiceBus;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Telemetry;

/// <summary>
/// Sends delivery batches to the <c>email-alerts</c> and <c>sms-alerts</c> queues (and digest batches to
/// <c>email-alerts</c>, subject <see cref="DigestMessage.Subject"/>), packed into as few Service Bus batches as their
/// size allows; each message's id is the batch's idempotency key (queues detect duplicates). Digest batches (a due
/// time's whole run, up to millions) are serialised as they are packed and sent with up to
/// <see cref="DigestSendsInFlight"/> Service Bus batches in flight; alert batches are sent one Service Bus batch at a time.
/// Every message carries <paramref name="scope"/> (application property <see cref="StorageScope.Property"/>), the storage
/// its batch was planned against, so a worker of another storage dead-letters it rather than lose it.
/// </summary>
/// <param name="client">The Service Bus client; not owned.</param>
/// <param name="scope">The storage this app plans against (<see cref="Storage.StorageScopes"/>).</param>
public sealed class ServiceBusAlertPublisher(ServiceBusClient client, StorageScope scope) : IAlertPublisher, IDigestPublisher, IAsyncDisposable
{
    /// <summary>
    /// How many Service Bus batches of digests are sent at once (4): a digest run is one long stream of independent
    /// messages (each with its own idempotent id, order irrelevant), so the next batch is packed and sent while earlier
    /// ones wait for the broker instead of one round trip at a time.
    /// </summary>
    public const int DigestSendsInFlight = 4;

    private readonly ConcurrentDictionary<string, ServiceBusSender> senders = new(StringComparer.Ordinal);

    /// <summary>The message body for a batch.</summary>
    public static BinaryData Serialize(DeliveryBatch batch) => BinaryData.FromBytes(BatchMessage.Write(batch));

    /// <inheritdoc />
    public Task PublishAsync(IReadOnlyList<DeliveryBatch> batches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batches);
        return SendAsync(batches.Select(b => (DeliveryBatch.QueueFor(b.Channel), ToMessage(b))), cancellationToken);
    }

    /// <inheritdoc />
    public Task ScheduleAsync(IReadOnlyList<ScheduledBatch> batches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batches);
        return SendAsync(
            batches.Select(s =>
            {
                var message = ToMessage(s.Batch);
                message.ScheduledEnqueueTime = s.At;
                return (DeliveryBatch.QueueFor(s.Batch.Channel), message);
            }),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task PublishAsync(IReadOnlyList<DigestBatch> batches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var sender = senders.GetOrAdd(AlertChannel.Email.Queue, client.CreateSender);
        return SendPackedAsync(sender, batches.Select(ToMessage), DigestSendsInFlight, cancellationToken);
    }

    /// <summary>Sends messages to their queues, packed into as few Service Bus batches as their size allows.</summary>
    internal async Task SendAsync(IEnumerable<(string Queue, ServiceBusMessage Message)> messages, CancellationToken cancellationToken)
    {
        foreach (var group in messages.GroupBy(m => m.Queue, m => m.Message))
        {
            await SendPackedAsync(senders.GetOrAdd(group.Key, client.CreateSender), group, 1, cancellationToken);
        }
    }

    /// <summary>
    /// Packs <paramref name="messages"/> (enumerated once, as they are packed) into Service Bus batches as full as their
    /// size allows and sends them, at most <paramref name="inFlight"/> at a time. Returns when all are sent; when a send
    /// fails, the sends under way end first, then the failure is thrown (already-sent messages are deduplicated by id on
    /// a retry).
    /// </summary>
    /// <exception cref="InvalidOperationException">A message is larger than a Service Bus batch may be.</exception>
    internal static async Task SendPackedAsync(ServiceBusSender sender, IEnumerable<ServiceBusMessage> messages, int inFlight, CancellationToken cancellationToken)
    {
        var sending = new List<Task>(inFlight);
        try
        {
            using var pending = messages.GetEnumerator();
            var next = pending.MoveNext() ? pending.Current : null;
            while (next is not null)
            {
                var batch = await sender.CreateMessageBatchAsync(cancellationToken);
                while (next is not null && batch.TryAddMessage(next))
                {
                    next = pending.MoveNext() ? pending.Current : null;
                }

                if (batch.Count == 0)
                {
                    batch.Dispose();
                    throw new InvalidOperationException($"Delivery batch {next!.MessageId} is larger than a Service Bus message may be.");
                }

                if (sending.Count == inFlight)
                {
                    var done = await Task.WhenAny(sending);
                    sending.Remove(done);
                    await done;
                }

                sending.Add(SendAndDisposeAsync(sender, batch, cancellationToken));
            }

            await Task.WhenAll(sending);
        }
        catch
        {
            // No send is left running (and its failure unobserved) after the caller has seen this one.
            await Task.WhenAll(sending).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var sender in senders.Values)
        {
            await sender.DisposeAsync();
        }
    }

    private static async Task SendAndDisposeAsync(ServiceBusSender sender, ServiceBusMessageBatch batch, CancellationToken cancellationToken)
    {
        using (batch)
        {
            await sender.SendMessagesAsync(batch, cancellationToken);
        }
    }

    private ServiceBusMessage ToMessage(DigestBatch batch) => new(BinaryData.FromBytes(DigestMessage.Write(batch)))
    {
        MessageId = batch.MessageId,
        ContentType = "application/json",
        Subject = DigestMessage.Subject,
        ApplicationProperties = { [StorageScope.Property] = scope.Value },
    };

    private ServiceBusMessage ToMessage(DeliveryBatch batch)
    {
        var queue = DeliveryBatch.QueueFor(batch.Channel);
        var message = new ServiceBusMessage(Serialize(batch))
        {
            MessageId = batch.MessageId,
            ContentType = "application/json",
            Subject = batch.Channel.ToString(),
            ApplicationProperties =
            {
                ["articleId"] = batch.Content.ArticleId, ["urgency"] = batch.Content.Urgency, [StorageScope.Property] = scope.Value,
            },
        };

        // One "create" span per batch (OpenTelemetry messaging conventions); the Dispatcher continues the trace from it.
        using var create = AlertTracing.Source.StartActivity($"create {queue}", System.Diagnostics.ActivityKind.Producer);
        create?.SetTag("messaging.system", "servicebus").SetTag("messaging.operation.type", "create")
            .SetTag("messaging.destination.name", queue).SetTag("messaging.message.id", batch.MessageId)
            .SetTag(AlertTracing.ArticleId, batch.Content.ArticleId).SetTag(AlertTracing.ArticleVersion, batch.Content.ArticleVersion)
            .SetTag(AlertTracing.BatchNumber, batch.BatchNumber).SetTag(AlertTracing.Channel, AlertTracing.ChannelName(batch.Channel))
            .SetTag("messaging.batch.message_count", batch.Recipients.Count);
        AlertTracing.Inject(create, message.ApplicationProperties);
        return message;
    }
}
