using NewsAlerts.Matching.Query;

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

    internal void LoadEntries(IEnumerable<(TopicParseResult Parsed, bool Exact, Subscription[] Subscribers)> loaded)
    {
        lock (writeGate)
        {
            foreach (var (parsed, exact, subscribers) in loaded)
            {
                var topic = compiler.Compile(parsed, exact);
                entries[topic.Key] = new QueryEntry(topic, subscribers);
                foreach (var subscriber in subscribers)
                {
                    subscriptions[subscriber.Id] = subscriber;
                }
            }

            subscriptions.TrimExcess();
            Compact();
            Publish();
        }
    }
}
