namespace NewsAlerts.Matching.Index;

/// <summary>A topic compiled once for all subscriptions that share its normalised text.</summary>
/// <param name="Key">Normalised text plus the exact flag: the deduplication key.</param>
/// <param name="NormalizedText">The normalised topic text, shown in explanations.</param>
/// <param name="Exact">Compiled without expansion.</param>
/// <param name="Root">The clause tree.</param>
/// <param name="Keys">Presearch keys, or null when it must be confirmed against every article.</param>
internal sealed record CompiledTopic(string Key, string NormalizedText, bool Exact, Clause Root, IReadOnlyList<int>? Keys);
