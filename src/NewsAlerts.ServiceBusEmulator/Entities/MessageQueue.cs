using Microsoft.Extensions.Logging;
using NewsAlerts.ServiceBusEmulator.Configuration;

namespace NewsAlerts.ServiceBusEmulator.Entities;

/// <summary>
/// The message store of a queue, a subscription or a dead-letter queue. One gate guards the state; every
/// operation under it is O(1) or O(log n), and nothing under it calls the network.
/// </summary>
internal sealed partial class MessageQueue : IMessageSink, IDisposable
{
    private readonly object gate = new();
    private readonly Dictionary<long, StoredMessage> messages = [];
    private readonly Queue<StoredMessage> available = new();
    private readonly PriorityQueue<StoredMessage, long> returned = new();
    private readonly List<MessageConsumer> consumers = [];
    private readonly DuplicateDetector? duplicates;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private long lastSequenceNumber;
    private int lockedCount;
    private bool grown;

    public MessageQueue(string path, EntitySettings settings, TimeProvider time, ILogger logger, bool isDeadLetterQueue = false)
    {
        Path = path;
        Settings = isDeadLetterQueue ? settings.ForDeadLetterQueue() : settings;
        this.time = time;
        this.logger = logger;
        duplicates = Settings.RequiresDuplicateDetection ? new DuplicateDetector(Settings.DuplicateDetectionHistoryTimeWindow) : null;
        timer = time.CreateTimer(static state => ((MessageQueue)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        DeadLetterQueue = isDeadLetterQueue ? null : new MessageQueue(path + "/$deadletterqueue", settings, time, logger, isDeadLetterQueue: true);
    }

    public string Path { get; }

    public EntitySettings Settings { get; }

    public MessageQueue? DeadLetterQueue { get; }

    public void Send(IReadOnlyList<IncomingMessage> messages) => Send(messages, filter: null);

    /// <summary>Enqueues the messages <paramref name="filter"/> accepts (all when null); used by topics to fan out.</summary>
    public void Send(IReadOnlyList<IncomingMessage> batch, Func<IncomingMessage, bool>? filter)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            var added = false;
            for (var i = 0; i < batch.Count; i++)
            {
                var message = batch[i];
                if ((filter is not null && !filter(message))
                    || (duplicates is not null && message.MessageId is { } id && duplicates.IsDuplicate(id, now)))
                {
                    continue;
                }

                var scheduledFor = message.ScheduledEnqueueTime;
                _ = AddLocked(message, now, scheduledFor > now ? scheduledFor : null);
                added |= scheduledFor is null || scheduledFor <= now;
            }

            if (added)
            {
                NotifyConsumersLocked();
            }
        }
    }

    public long[] Schedule(IReadOnlyList<IncomingMessage> batch)
    {
        var sequenceNumbers = new long[batch.Count];
        lock (gate)
        {
            var now = time.GetUtcNow();
            for (var i = 0; i < batch.Count; i++)
            {
                if (duplicates is not null && batch[i].MessageId is { } id && duplicates.IsDuplicate(id, now))
                {
                    // Azure accepts a duplicate and drops it; the number it gets back refers to nothing.
                    sequenceNumbers[i] = ++lastSequenceNumber;
                    continue;
                }

                var at = batch[i].ScheduledEnqueueTime ?? now;
                sequenceNumbers[i] = AddLocked(batch[i], now, at > now ? at : null).SequenceNumber;
            }

            NotifyConsumersLocked();
        }

        return sequenceNumbers;
    }

    public void CancelScheduled(IReadOnlyList<long> sequenceNumbers)
    {
        lock (gate)
        {
            foreach (var sequenceNumber in sequenceNumbers)
            {
                if (messages.TryGetValue(sequenceNumber, out var message) && message.State == MessageState.Scheduled)
                {
                    RemoveLocked(message);
                }
            }
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
        }

        timer.Dispose();
        DeadLetterQueue?.Dispose();
    }

    private StoredMessage AddLocked(IncomingMessage source, DateTimeOffset now, DateTimeOffset? scheduledFor)
    {
        var enqueuedAt = scheduledFor ?? now;
        var message = new StoredMessage(source, ++lastSequenceNumber, enqueuedAt, ExpiryOf(source, enqueuedAt));
        AddStoredLocked(message, scheduledFor);
        return message;
    }

    private void AddStoredLocked(StoredMessage message, DateTimeOffset? scheduledFor)
    {
        messages[message.SequenceNumber] = message;
        JournalAddedLocked(message, scheduledFor);
        grown |= messages.Count > 4096;
        if (scheduledFor is { } at)
        {
            message.State = MessageState.Scheduled;
            message.ScheduledEnqueueTime = at;
            scheduled.Enqueue(message, at);
            ArmLocked(at);
        }
        else
        {
            message.State = MessageState.Available;
            available.Enqueue(message);
        }

        if (message.ExpiresAt != DateTimeOffset.MaxValue)
        {
            expiring.Enqueue(message, message.ExpiresAt);
            ArmLocked(message.ExpiresAt);
        }
    }

    private DateTimeOffset ExpiryOf(IncomingMessage source, DateTimeOffset enqueuedAt)
    {
        var ttl = Settings.DefaultMessageTimeToLive;
        if (source.TimeToLiveMilliseconds is { } milliseconds && TimeSpan.FromMilliseconds(milliseconds) < ttl)
        {
            ttl = TimeSpan.FromMilliseconds(milliseconds);
        }

        return ttl >= DateTimeOffset.MaxValue - enqueuedAt ? DateTimeOffset.MaxValue : enqueuedAt + ttl;
    }
}
