using NewsAlerts.ServiceBusEmulator.Entities;

namespace NewsAlerts.ServiceBusEmulator.Persistence;

/// <summary>What a replayed journal holds: per part (the entity, its dead-letter queue) the live messages, the last number used and the duplicate-detection history.</summary>
internal sealed class JournalState
{
    public PartState Entity { get; } = new();

    public PartState DeadLetters { get; } = new();

    public PartState Part(byte part) => part == 0 ? Entity : DeadLetters;

    internal sealed class PartState
    {
        public SortedDictionary<long, StoredMessage> Messages { get; } = [];

        /// <summary>Messages locked by a receiver when the journal ends (their delivery counts one more on restore).</summary>
        public HashSet<long> Locked { get; } = [];

        public long LastSequenceNumber { get; set; }

        /// <summary>Message ids the entity's duplicate detection saw, with when, oldest first (old ones are dropped on restore).</summary>
        public List<(string MessageId, DateTimeOffset At)> Seen { get; } = [];
    }
}
