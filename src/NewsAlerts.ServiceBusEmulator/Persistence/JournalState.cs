using NewsAlerts.ServiceBusEmulator.Entities;

namespace NewsAlerts.ServiceBusEmulator.Persistence;

/// <summary>What a replayed journal holds: per part (the entity, its dead-letter queue) the live messages and the last number used.</summary>
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
    }
}
