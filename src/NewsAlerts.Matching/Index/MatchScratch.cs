namespace NewsAlerts.Matching.Index;

/// <summary>Per-thread buffers for matching: the analysed article and candidate de-duplication stamps.</summary>
internal sealed class MatchScratch
{
    [ThreadStatic]
    private static MatchScratch? current;

    private int generation;

    public ArticleView View { get; } = new();

    public int[] BaseStamps { get; private set; } = [];

    public int[] DeltaStamps { get; private set; } = [];

    public List<int> Candidates { get; } = [];

    public static MatchScratch ForCurrentThread() => current ??= new MatchScratch();

    /// <summary>Starts a new article: a fresh stamp value marks candidates seen in this article only.</summary>
    public int Begin(int baseCount, int deltaCount)
    {
        if (BaseStamps.Length < baseCount)
        {
            BaseStamps = new int[baseCount + (baseCount / 4)];
        }

        if (DeltaStamps.Length < deltaCount)
        {
            DeltaStamps = new int[Math.Max(64, deltaCount * 2)];
        }

        if (++generation == int.MaxValue)
        {
            Array.Clear(BaseStamps);
            Array.Clear(DeltaStamps);
            generation = 1;
        }

        return generation;
    }
}
