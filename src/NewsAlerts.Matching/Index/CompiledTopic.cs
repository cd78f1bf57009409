namespace NewsAlerts.Matching.Index;

/// <summary>A topic compiled once for all subscriptions that share its normalised text.</summary>
/// <param name="Key">Normalised text plus the exact flag and languages: the deduplication key.</param>
/// <param name="NormalizedText">The normalised topic text, shown in explanations.</param>
/// <param name="Exact">Compiled without expansion.</param>
/// <param name="Root">The clause tree, compiled in the analysis of the topic's language (<see cref="Languages"/>[0]).</param>
/// <param name="Keys">Presearch keys, or null when it must be confirmed against every article.</param>
internal sealed record CompiledTopic(string Key, string NormalizedText, bool Exact, Clause Root, IReadOnlyList<int>? Keys)
{
    private static readonly string[] EnglishOnly = [NewsAlerts.Matching.Languages.LanguageTag.Default];

    /// <summary>The article languages the topic matches (primary subtags): its own first, then the subscriber's other languages.</summary>
    public string[] Languages { get; init; } = EnglishOnly;

    /// <summary>The clause trees for <see cref="Languages"/>[1..], each compiled in that language's analysis; null when there are none.</summary>
    public Clause[]? OtherRoots { get; init; }

    /// <summary>The clause tree for articles in <paramref name="language"/>, or null when the topic does not match that language.</summary>
    public Clause? RootFor(string language)
    {
        if (string.Equals(Languages[0], language, StringComparison.Ordinal))
        {
            return Root;
        }

        for (var i = 1; i < Languages.Length; i++)
        {
            if (string.Equals(Languages[i], language, StringComparison.Ordinal))
            {
                return OtherRoots![i - 1];
            }
        }

        return null;
    }

    /// <summary>Presearch keys of every language's tree: an article needs one key of the tree of its own language.</summary>
    public IReadOnlyList<int>? Presearch(TermStatistics? statistics) =>
        (OtherRoots is null ? Root : new OrClause([Root, .. OtherRoots])).Presearch(statistics)?.Keys;

    /// <summary>The English-only language list (shared).</summary>
    public static string[] DefaultLanguages => EnglishOnly;
}
