namespace NewsAlerts.Matching.Analysis;

/// <summary>
/// Decides whether the text between two words keeps them in one clause, so they may be joined into a compound.
/// Only a run of spaces on one line ("cease fire") or one hyphen touching both words ("cease-fire") does;
/// anything else ends the clause: sentence ends, commas, colons, semicolons, brackets, quotes, dashes, slashes,
/// line and paragraph breaks (so "told to cease. Fire broke out" never reads as "ceasefire").
/// </summary>
internal static class ClauseGap
{
    /// <summary>Whether <paramref name="gap"/>, the characters between two words, lets them join.</summary>
    public static bool Joins(ReadOnlySpan<char> gap)
    {
        if (gap.Length == 1 && IsHyphen(gap[0]))
        {
            return true;
        }

        if (gap.IsEmpty)
        {
            // Two words with nothing between them (a script change inside a run); they are one clause.
            return true;
        }

        foreach (var c in gap)
        {
            if (!IsSpaceOnLine(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u00ad';

    // Horizontal white space only: line feed, carriage return, vertical tab, form feed, NEL and the Unicode line and
    // paragraph separators are breaks (an HTML cell, list item or paragraph becomes a line of its own).
    private static bool IsSpaceOnLine(char c) =>
        c is ' ' or '\t' or '\u00a0' or '\u202f' or '\u2007' or '\u3000' or '\u200b' || (c is >= '\u2000' and <= '\u200a');
}
