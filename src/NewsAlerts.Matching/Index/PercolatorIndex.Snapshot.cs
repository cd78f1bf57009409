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

    internal void LoadEntries(IReadOnlyList<(TopicParseResult Parsed, bool Exact, Subscription[] Subscribers)> loaded, int subscriptionCount)
    {
        // Compiling is the bulk of a cold start and each topic is independent: use every core.
        var topics = new CompiledTopic[loaded.Count];
        Parallel.For(0, loaded.Count, i => topics[i] = compiler.Compile(loaded[i].Parsed, loaded[i].Exact));
        lock (writeGate)
        {
            subscriptions.EnsureCapacity(subscriptionCount);
            for (var i = 0; i < topics.Length; i++)
            {
                var topic = topics[i];
                var subscribers = loaded[i].Subscribers;
                entries[topic.Key] = new QueryEntry(topic, subscribers);
                foreach (var subscriber in subscribers)
                {
                    subscriptions[subscriber.Id] = subscriber;
                }
            }

            Compact();
            Publish();
        }
    }
}
