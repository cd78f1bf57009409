namespace NewsAlerts.Matching.Analysis;

/// <summary>How text is turned into terms. The default is the news-aware analysis subscribers get.</summary>
/// <param name="JoinCompounds">Also index each pair of adjacent words joined, so "cease fire", "cease-fire" and "ceasefire" meet.</param>
/// <param name="Expand">Expand countries and news concepts (Syria finds Syrian, ceasefire finds truce).</param>
public sealed record AnalysisOptions(bool JoinCompounds, bool Expand)
{
    /// <summary>Compound joining and expansion on.</summary>
    public static AnalysisOptions Default { get; } = new(JoinCompounds: true, Expand: true);

    /// <summary>Lowercase, fold, strip possessives and stem only: the behaviour a Lucene StandardAnalyzer with a Snowball filter has.</summary>
    public static AnalysisOptions Plain { get; } = new(JoinCompounds: false, Expand: false);
}
