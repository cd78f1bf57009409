namespace NewsAlerts.Matching.Expansion;

/// <summary>One way of naming a country or concept: its display text and its analysed stems.</summary>
/// <param name="Display">The name as written in the data.</param>
/// <param name="Stems">The name's stems.</param>
/// <param name="Folded">The name's folded words.</param>
/// <param name="InOneClause">Only spaces or hyphens separate the name's words ("cease fire", not "Congo, the Democratic Republic of the").</param>
internal sealed record ExpansionVariant(string Display, IReadOnlyList<string> Stems, IReadOnlyList<string> Folded, bool InOneClause);
