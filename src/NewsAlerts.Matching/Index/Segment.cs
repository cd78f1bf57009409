namespace NewsAlerts.Matching.Index;

/// <summary>
/// An immutable group of query entries with their presearch postings: key id → entry indexes, as an array
/// indexed by the dense key id, plus the entries that must be confirmed against every article.
/// </summary>
internal sealed class Segment
{
    private static readonly int[] None = [];

    private readonly int[][] dense;
    private readonly Dictionary<int, int[]>? sparse;

    private Segment(QueryEntry[] entries, int[][] dense, Dictionary<int, int[]>? sparse, int[] unindexed)
    {
        Entries = entries;
        this.dense = dense;
        this.sparse = sparse;
        Unindexed = unindexed;
    }

    public static Segment Empty { get; } = new([], [], null, []);

    public QueryEntry[] Entries { get; }

    public int[] Unindexed { get; }

    /// <summary>Entries whose presearch keys include <paramref name="key"/>.</summary>
    public int[] Lookup(int key)
    {
        if (sparse is not null)
        {
            return sparse.TryGetValue(key, out var ids) ? ids : None;
        }

        return (uint)key < (uint)dense.Length ? dense[key] : None;
    }

    /// <summary>A small segment (the delta) keeps its postings in a dictionary, not an array over every key.</summary>
    public static Segment BuildSparse(IReadOnlyCollection<QueryEntry> source)
    {
        var entries = source.ToArray();
        var postings = new Dictionary<int, List<int>>();
        var unindexed = new List<int>();
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i].Topic.Keys is not { } keys)
            {
                unindexed.Add(i);
                continue;
            }

            foreach (var key in keys)
            {
                if (!postings.TryGetValue(key, out var list))
                {
                    postings[key] = list = [];
                }

                list.Add(i);
            }
        }

        return new Segment(entries, [], postings.ToDictionary(p => p.Key, p => p.Value.ToArray()), [.. unindexed]);
    }

    public static Segment Build(IReadOnlyCollection<QueryEntry> source, int keyCount)
    {
        var entries = source.ToArray();
        var counts = new int[keyCount];
        var unindexed = new List<int>();
        for (var i = 0; i < entries.Length; i++)
        {
            var keys = entries[i].Topic.Keys;
            if (keys is null)
            {
                unindexed.Add(i);
                continue;
            }

            foreach (var key in keys)
            {
                counts[key]++;
            }
        }

        var postings = new int[keyCount][];
        for (var k = 0; k < keyCount; k++)
        {
            postings[k] = counts[k] == 0 ? None : new int[counts[k]];
            counts[k] = 0;
        }

        for (var i = 0; i < entries.Length; i++)
        {
            foreach (var key in entries[i].Topic.Keys ?? [])
            {
                postings[key][counts[key]++] = i;
            }
        }

        return new Segment(entries, postings, null, [.. unindexed]);
    }
}
