namespace NewsAlerts.Matching.Index;

/// <summary>Re-choosing presearch keys from what real articles contain.</summary>
public sealed partial class PercolatorIndex
{
    /// <summary>Articles to observe before statistics replace the word-length priors.</summary>
    public const int MinimumArticlesForStatistics = 1_000;

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
                var keys = entry.Topic.Root.Presearch(statistics)?.Keys;
                entries[key] = entry with { Topic = entry.Topic with { Keys = keys } };
            }

            Compact();
            Publish();
        }

        return true;
    }
}
