namespace NewsAlerts.Matching.Expansion;

/// <summary>One way of naming a country or concept: its display text and its analysed stems.</summary>
internal sealed record ExpansionVariant(string Display, IReadOnlyList<string> Stems, IReadOnlyList<string> Folded);
