namespace NewsAlerts.ServiceBusEmulator.Entities;

/// <summary>A topic: duplicate detection at the topic, then a copy to each subscription whose rules match.</summary>
internal sealed partial class Topic(string path, IReadOnlyList<Subscription> subscriptions, DuplicateDetector? duplicates, TimeProvider time) : IMessageSink
{
    private readonly object gate = new();
    private readonly Dictionary<long, List<(MessageQueue Queue, long SequenceNumber)>> scheduledCopies = [];
    private long lastScheduleNumber;

    public string Path { get; } = path;

    public IReadOnlyList<Subscription> Subscriptions { get; } = subscriptions;

    /// <summary>Whether the topic has duplicate detection (then it has a history to keep across restarts).</summary>
    public bool DetectsDuplicates => duplicates is not null;

    public void Send(IReadOnlyList<IncomingMessage> messages)
    {
        var accepted = WithoutDuplicates(messages);
        foreach (var subscription in Subscriptions)
        {
            subscription.Queue.Send(accepted, subscription.Accepts);
        }
    }

    public long[] Schedule(IReadOnlyList<IncomingMessage> messages)
    {
        var numbers = new long[messages.Count];
        var accepted = new HashSet<IncomingMessage>(WithoutDuplicates(messages), ReferenceEqualityComparer.Instance);
        for (var i = 0; i < messages.Count; i++)
        {
            var copies = new List<(MessageQueue, long)>();
            foreach (var subscription in Subscriptions)
            {
                if (accepted.Contains(messages[i]) && subscription.Accepts(messages[i]))
                {
                    copies.Add((subscription.Queue, subscription.Queue.Schedule([messages[i]])[0]));
                }
            }

            lock (gate)
            {
                numbers[i] = ++lastScheduleNumber;
                scheduledCopies[numbers[i]] = copies;
            }
        }

        return numbers;
    }

    public void CancelScheduled(IReadOnlyList<long> sequenceNumbers)
    {
        foreach (var number in sequenceNumbers)
        {
            List<(MessageQueue Queue, long SequenceNumber)>? copies;
            lock (gate)
            {
                if (!scheduledCopies.Remove(number, out copies))
                {
                    continue;
                }
            }

            foreach (var (queue, sequenceNumber) in copies)
            {
                queue.CancelScheduled([sequenceNumber]);
            }
        }
    }

    private IReadOnlyList<IncomingMessage> WithoutDuplicates(IReadOnlyList<IncomingMessage> messages)
    {
        if (duplicates is null)
        {
            return messages;
        }

        var accepted = new List<IncomingMessage>(messages.Count);
        lock (gate)
        {
            var now = time.GetUtcNow();
            foreach (var message in messages)
            {
                if (message.MessageId is not { } id || !duplicates.IsDuplicate(id, now))
                {
                    accepted.Add(message);
                }
            }

            CompactJournalIfLargeLocked(now);
        }

        return accepted;
    }
}
