namespace NewsAlerts.Matching.Expansion;

/// <summary>
/// Whether a <c>subject:</c> value names an IPTC media topic (the embedded subjects.tsv, IPTC's active concepts), and
/// the labels closest to one that does not. An unknown value still matches an article that carries it literally (a
/// feed's unmapped <c>&lt;category&gt;</c>, a ninjs subject outside IPTC), so a caller warns rather than refuses.
/// </summary>
public static class SubjectNames
{
    /// <summary>At most this many suggestions are given.</summary>
    public const int MaxSuggestions = 3;

    /// <summary>
    /// Whether <paramref name="value"/> is a media topic's qcode (<c>medtop:20000056</c>), bare code (<c>20000056</c>)
    /// or English label (<c>armed conflict</c>), compared case- and accent-insensitively.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static bool IsKnown(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return MatchingData.Subjects.Knows(value);
    }

    /// <summary>
    /// Up to <see cref="MaxSuggestions"/> media topic labels close to <paramref name="value"/>, closest first: labels a
    /// few letters away (a typo or a plural: <c>armed conflicts</c> gives <c>armed conflict</c>), then labels holding
    /// every word of three or more letters the value has (<c>conflict</c> gives <c>armed conflict</c>), shorter first.
    /// Empty when none is close (<c>zzz nonsense</c>) or the value is a code (<c>medtop:99999999</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static IReadOnlyList<string> Closest(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var key = SubjectTaxonomy.Normalize(value);
        if (key.Length == 0 || key.StartsWith("medtop:", StringComparison.Ordinal) || key.All(char.IsAsciiDigit))
        {
            return [];
        }

        var words = key.Split(' ').Where(w => w.Length >= 3).ToArray();
        var limit = key.Length <= 4 ? 1 : key.Length <= 8 ? 2 : 3;
        var scored = new List<(int Score, string Label)>();
        foreach (var label in MatchingData.Subjects.Labels.Distinct(StringComparer.Ordinal))
        {
            var folded = SubjectTaxonomy.Normalize(label);
            if (folded == key)
            {
                continue;
            }

            var distance = Math.Abs(folded.Length - key.Length) <= limit ? Distance(key, folded) : int.MaxValue;
            if (distance <= limit)
            {
                scored.Add((distance, label));
            }
            else if (words.Length > 0 && words.All(w => folded.Split(' ', ',').Contains(w, StringComparer.Ordinal)))
            {
                scored.Add((limit + 1 + folded.Length, label));
            }
        }

        return [.. scored.OrderBy(s => s.Score).ThenBy(s => s.Label.Length).ThenBy(s => s.Label, StringComparer.Ordinal).Take(MaxSuggestions).Select(s => s.Label)];
    }

    // Levenshtein distance (insert, delete, substitute), two rows.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
