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
/// size allows; each message's id is the batch's idempotency key (queues detect duplicates).
/// </summary>
public sealed class ServiceBusAlertPublisher(ServiceBusClient client) : IAlertPublisher, IDigestPublisher, IAsyncDisposable
{
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
        var queue = AlertChannel.Email.Queue;
        return SendAsync(
            batches.Select(b => (queue, new ServiceBusMessage(BinaryData.FromBytes(DigestMessage.Write(b)))
            {
                MessageId = b.MessageId,
                ContentType = "application/json",
                Subject = DigestMessage.Subject,
            })),
            cancellationToken);
    }

    /// <summary>Sends messages to their queues, packed into as few Service Bus batches as their size allows.</summary>
    internal async Task SendAsync(IEnumerable<(string Queue, ServiceBusMessage Message)> messages, CancellationToken cancellationToken)
    {
        foreach (var group in messages.GroupBy(m => m.Queue, m => m.Message))
        {
            var sender = senders.GetOrAdd(group.Key, client.CreateSender);
            var pending = new Queue<ServiceBusMessage>(group);
            while (pending.Count > 0)
            {
                using var batch = await sender.CreateMessageBatchAsync(cancellationToken);
                while (pending.Count > 0 && batch.TryAddMessage(pending.Peek()))
                {
                    pending.Dequeue();
                }

                if (batch.Count == 0)
                {
                    throw new InvalidOperationException($"Delivery batch {pending.Peek().MessageId} is larger than a Service Bus message may be.");
                }

                await sender.SendMessagesAsync(batch, cancellationToken);
            }
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

    private static ServiceBusMessage ToMessage(DeliveryBatch batch)
    {
        var queue = DeliveryBatch.QueueFor(batch.Channel);
        var message = new ServiceBusMessage(Serialize(batch))
        {
            MessageId = batch.MessageId,
            ContentType = "application/json",
            Subject = batch.Channel.ToString(),
            ApplicationProperties = { ["articleId"] = batch.Content.ArticleId, ["urgency"] = batch.Content.Urgency },
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
