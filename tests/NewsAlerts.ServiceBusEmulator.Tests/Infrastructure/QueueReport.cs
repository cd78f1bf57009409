using System.Globalization;
using NewsAlerts.ServiceBusEmulator.Entities;

namespace NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

/// <summary>What a failed delivery test prints: which messages are missing and where the emulator holds them.</summary>
internal static class QueueReport
{
    /// <summary>
    /// Names the ids 0..<paramref name="count"/>-1 not in <paramref name="seen"/> (messages sent with MessageId = index,
    /// so sequence number = index + 1 on a fresh queue), each with its state in the queue or its dead-letter queue, and the
    /// queue's receivers with their credit.
    /// </summary>
    public static string Missing(RunningServiceBusEmulator emulator, string queuePath, IEnumerable<string> seen, int count)
    {
        var seenSet = seen.ToHashSet(StringComparer.Ordinal);
        var missing = Enumerable.Range(0, count).Select(i => i.ToString(CultureInfo.InvariantCulture)).Where(id => !seenSet.Contains(id)).ToList();
        var queue = emulator.Registry.FindSource(queuePath);
        if (queue is null)
        {
            return $"missing: [{string.Join(",", missing)}]; no queue '{queuePath}'";
        }

        var now = DateTimeOffset.UtcNow;
        var held = queue.Peek(1, 10_000).ToDictionary(m => m.SequenceNumber);
        var deadLettered = queue.DeadLetterQueue?.Peek(1, 10_000).ToDictionary(m => m.SequenceNumber) ?? [];
        var states = missing.Select(id =>
        {
            var sequenceNumber = long.Parse(id, CultureInfo.InvariantCulture) + 1;
            if (held.TryGetValue(sequenceNumber, out var message))
            {
                return $"{id}: {message.State}, deliveries {message.DeliveryCount}, lock {(message.State == MessageState.Locked ? (message.LockedUntil - now).TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture) + " ms left" : "none")}";
            }

            return deadLettered.TryGetValue(sequenceNumber, out var dead)
                ? $"{id}: dead-lettered after {dead.DeliveryCount} deliveries ({ReasonOf(dead)})"
                : $"{id}: gone from the queue (completed)";
        });
        var consumers = queue.SnapshotConsumers().Select(c => $"credit {c.Credit}");
        return $"missing: [{string.Join("; ", states)}]; queue holds {held.Count}; receivers: [{string.Join(", ", consumers)}]";
    }

    private static string ReasonOf(StoredMessage message)
    {
        var decoded = new IncomingMessage { Bare = message.Bare };
        decoded.EnsureDecoded();
        var map = decoded.ApplicationProperties?.Map;
        return map is null ? "no reason" : $"{map[DeadLetterReasons.ReasonProperty]}: {map[DeadLetterReasons.DescriptionProperty]}";
    }
}
