namespace NewsAlerts.Matching.Index;

/// <summary>Bulk access used by <see cref="IndexSnapshot"/>.</summary>
public sealed partial class PercolatorIndex
{
    internal IReadOnlyList<QueryEntry> CurrentEntries()
    {
        var current = Volatile.Read(ref state);
        var result = new List<QueryEntry>(current.QueryCount);
        for (var i = 0; i < current.Base.Entries.Length; i++)
        {
            if (!current.BaseRemoved[i])
            {
                result.Add(current.Base.Entries[i]);
            }
        }

        result.AddRange(current.Delta.Entries);
        return result;
    }

    internal void LoadEntries(IReadOnlyList<QueryEntry> loaded, int subscriptionCount)
    {
        lock (writeGate)
        {
            subscriptions.EnsureCapacity(subscriptionCount);
            entries.EnsureCapacity(loaded.Count);
            foreach (var entry in loaded)
            {
                entries[entry.Topic.Key] = entry;
                foreach (var subscriber in entry.Subscribers)
                {
                    subscriptions[subscriber.Id] = subscriber;
                }
            }

            Compact();
            Publish();
        }
    }
}
