namespace NewsAlerts.Matching.Index;

/// <summary>Re-choosing presearch keys from what real articles contain.</summary>
public sealed partial class PercolatorIndex
{
    /// <summary>Articles to observe before statistics replace the word-length priors.</summary>
    public const int MinimumArticlesForStatistics = 1_000;

    /// <summary>Estimated number of articles matched so far, whose key frequencies <see cref="Optimize"/> uses (kept in snapshots).</summary>
    public int ObservedArticles => statistics.Articles;

    internal TermStatistics Statistics => statistics;

    /// <summary>Takes over statistics read from a snapshot; with enough articles, new topics compile with them at once.</summary>
    internal void RestoreStatistics(int sampledArticles, IReadOnlyList<(int Key, int Count)> keyCounts)
    {
        lock (writeGate)
        {
            statistics.Restore(sampledArticles, keyCounts);
            if (statistics.Articles >= MinimumArticlesForStatistics)
            {
                compiler.Statistics = statistics;
            }
        }
    }

    /// <summary>
    /// Re-chooses every topic's presearch keys from the key frequencies observed in the articles matched so far
    /// (sampled), so fewer topics need confirming; returns false when too few articles were seen to judge.
    /// Matching continues on the previous state meanwhile. Call it after a warm-up, or from time to time.
    /// </summary>
    public bool Optimize()
    {
        if (statistics.Articles < MinimumArticlesForStatistics)
        {
            return false;
        }

        lock (writeGate)
        {
            compiler.Statistics = statistics;
            foreach (var (key, entry) in entries.ToList())
            {
                var keys = entry.Topic.Presearch(statistics);
                entries[key] = entry with { Topic = entry.Topic with { Keys = keys } };
            }

            Compact();
            Publish();
        }

        return true;
    }
}
