using NewsAlerts.Matching.Analysis;

namespace NewsAlerts.Matching.Index;

/// <summary>How source and language values are normalised, identically for filters and articles.</summary>
internal static class MetadataValues
{
    public static string Source(string value)
    {
        var folded = string.Join(' ', TextFolding.Fold(value).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return folded.StartsWith("the ", StringComparison.Ordinal) ? folded[4..] : folded;
    }

    public static string Language(string value)
    {
        var folded = TextFolding.Fold(value.Trim());
        var dash = folded.IndexOfAny(['-', '_']);
        return dash > 0 ? folded[..dash] : folded;
    }
}
