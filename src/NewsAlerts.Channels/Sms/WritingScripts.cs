namespace NewsAlerts.Channels.Sms;

using System.Text;

/// <summary>
/// The writing script a text is written in, as far as the UCS-2 note needs it (trial r43 #13): the script most of its
/// letters belong to, by Unicode block. Latin (and a text without letters) is null: a Latin story's UCS-2 comes from a
/// stray character an editor can remove, a story written in another script goes as UCS-2 because of its own letters.
/// Blocks from the Unicode Character Database (Blocks.txt); CJK groups Han, kana, Hangul and their punctuation, as the
/// Chinese, Japanese and Korean stories it covers mix them.
/// </summary>
public static class WritingScripts
{
    /// <summary>The scripts told apart, with their English names (the console is in English), in order of their blocks.</summary>
    private static readonly (int First, int Last, string Script)[] Blocks =
    [
        (0x0370, 0x03FF, "Greek"), (0x1F00, 0x1FFF, "Greek"),
        (0x0400, 0x052F, "Cyrillic"), (0x1C80, 0x1C8F, "Cyrillic"), (0x2DE0, 0x2DFF, "Cyrillic"), (0xA640, 0xA69F, "Cyrillic"),
        (0x0530, 0x058F, "Armenian"),
        (0x0590, 0x05FF, "Hebrew"), (0xFB1D, 0xFB4F, "Hebrew"),
        (0x0600, 0x06FF, "Arabic"), (0x0750, 0x077F, "Arabic"), (0x0870, 0x08FF, "Arabic"), (0xFB50, 0xFDFF, "Arabic"), (0xFE70, 0xFEFF, "Arabic"),
        (0x0900, 0x097F, "Devanagari"),
        (0x0E00, 0x0E7F, "Thai"),
        (0x10A0, 0x10FF, "Georgian"),
        (0x1100, 0x11FF, "CJK"), (0x2E80, 0x2FDF, "CJK"), (0x3000, 0x303F, "CJK"), (0x3040, 0x30FF, "CJK"), (0x3130, 0x318F, "CJK"),
        (0x31F0, 0x31FF, "CJK"), (0x3400, 0x4DBF, "CJK"), (0x4E00, 0x9FFF, "CJK"), (0xAC00, 0xD7AF, "CJK"), (0xF900, 0xFAFF, "CJK"),
        (0xFF00, 0xFFEF, "CJK"), (0x20000, 0x3134F, "CJK"),
    ];

    /// <summary>
    /// The script (English name: "Arabic", "Greek", "Cyrillic", "Hebrew", "CJK", ...) most letters of
    /// <paramref name="text"/> are written in; null when most are Latin (or of no script told apart) or it has no letters.
    /// A tie goes to Latin: only a story written in another script is said to be.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string? Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var others = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune))
            {
                continue;
            }

            if (ScriptOf(rune) is { } script)
            {
                counts[script] = counts.GetValueOrDefault(script) + 1;
            }
            else
            {
                others++;
            }
        }

        var best = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).FirstOrDefault();
        return best.Key is not null && best.Value > others ? best.Key : null;
    }

    /// <summary>Whether every character of <paramref name="grapheme"/> that is not common to all scripts (a letter, a mark, a sign of a script's block) is of <paramref name="script"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="grapheme"/> or <paramref name="script"/> is null.</exception>
    public static bool IsOf(string grapheme, string script)
    {
        ArgumentNullException.ThrowIfNull(grapheme);
        ArgumentNullException.ThrowIfNull(script);
        var any = false;
        foreach (var rune in grapheme.EnumerateRunes())
        {
            if (ScriptOf(rune) is not { } of)
            {
                // Outside every block told apart (an emoji, a Latin letter, a symbol): not the story's script.
                return false;
            }

            if (!string.Equals(of, script, StringComparison.Ordinal))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>The script of <paramref name="rune"/>'s block; null for Latin, common characters and blocks not told apart.</summary>
    public static string? ScriptOf(Rune rune)
    {
        var value = rune.Value;
        foreach (var (first, last, script) in Blocks)
        {
            if (value >= first && value <= last)
            {
                return script;
            }
        }

        return null;
    }
}
