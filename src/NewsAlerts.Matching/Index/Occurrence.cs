namespace NewsAlerts.Matching.Index;

/// <summary>One place a term occurs: field (0 headline, 1 body), word position, and whether it is a joined pair.</summary>
internal readonly record struct Occurrence(int Next, int Field, int Position, bool Joined);
