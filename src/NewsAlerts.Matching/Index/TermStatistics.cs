namespace NewsAlerts.Matching.Index;

/// <summary>
/// How often each key appeared in a sample of matched articles, so <see cref="PercolatorIndex.Optimize"/> can index
/// each conjunction under the key that is rarest in real news rather than the longest word. Counting is sampled and
/// deliberately unsynchronised: a lost increment only blurs an estimate, and matching threads never wait.
/// </summary>
internal sealed class TermStatistics
{
    private const int SampleEvery = 16;
    private const double PriorWeight = 20;

    [ThreadStatic]
    private static int tick;

    private int[] counts = new int[4096];
    private int sampled;

    /// <summary>Estimated number of articles matched so far (one in <see cref="SampleEvery"/> is counted).</summary>
    public int Articles => Volatile.Read(ref sampled) * SampleEvery;

    public void Observe(List<int> keys)
    {
        if (++tick % SampleEvery != 0)
        {
            return;
        }

        var local = counts;
        foreach (var key in keys)
        {
            if ((uint)key < (uint)local.Length)
            {
                local[key]++;
            }
        }

        Interlocked.Increment(ref sampled);
    }

    /// <summary>Makes room for every key id; called by the writer.</summary>
    public void Grow(int keyCount)
    {
        if (keyCount > counts.Length)
        {
            var grown = new int[Math.Max(keyCount, counts.Length * 2)];
            counts.CopyTo(grown, 0);
            counts = grown;
        }
    }

    /// <summary>The share of articles containing the key, smoothed towards the prior when few were seen.</summary>
    public double Estimate(int key, double prior)
    {
        var seen = Volatile.Read(ref sampled);
        var local = counts;
        var count = (uint)key < (uint)local.Length ? local[key] : 0;
        return (count + (prior * PriorWeight)) / (seen + PriorWeight);
    }

    /// <summary>The sampled articles counted so far (for snapshots).</summary>
    public int SampledArticles => Volatile.Read(ref sampled);

    /// <summary>Every key seen in a sampled article with its count (for snapshots).</summary>
    public List<(int Key, int Count)> NonZeroCounts()
    {
        var local = counts;
        var result = new List<(int Key, int Count)>();
        for (var key = 0; key < local.Length; key++)
        {
            if (local[key] != 0)
            {
                result.Add((key, local[key]));
            }
        }

        return result;
    }

    /// <summary>Takes over counts saved with <see cref="NonZeroCounts"/>; called by the writer before matching starts.</summary>
    public void Restore(int sampledArticles, IReadOnlyList<(int Key, int Count)> keyCounts)
    {
        foreach (var (key, count) in keyCounts)
        {
            Grow(key + 1);
            counts[key] = count;
        }

        Volatile.Write(ref sampled, sampledArticles);
    }
}
