namespace NewsAlerts.ServiceBusEmulator.Entities;

/// <summary>Remembers message ids for the entity's duplicate-detection window. Not thread-safe: the owner's gate guards it.</summary>
internal sealed class DuplicateDetector(TimeSpan window)
{
    private readonly Dictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Id, DateTimeOffset At)> order = new();

    /// <summary>True when <paramref name="messageId"/> was seen within the window; otherwise records it.</summary>
    public bool IsDuplicate(string messageId, DateTimeOffset now)
    {
        while (order.Count > 0 && now - order.Peek().At > window)
        {
            var (id, at) = order.Dequeue();
            if (seen.TryGetValue(id, out var recorded) && recorded == at)
            {
                seen.Remove(id);
            }
        }

        if (seen.ContainsKey(messageId))
        {
            return true;
        }

        seen[messageId] = now;
        order.Enqueue((messageId, now));
        return false;
    }
}
