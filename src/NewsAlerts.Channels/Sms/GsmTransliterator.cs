namespace NewsAlerts.Channels.Sms;

using System.Globalization;
using System.Text;
using System.Text.Json;
using AnyAscii;

/// <summary>
/// Rewrites text into the GSM-7 alphabet where that loses nothing a reader needs, so an alert costs one segment
/// instead of being sent as UCS-2 (70 characters) because of one curly quote or one Turkish dotless ı.
/// <list type="number">
/// <item>Every character GSM-7 has stays as it is (é, ü, Ñ, ß, Å, and the Greek capitals Δ Φ Γ Λ Ω Π Ψ Σ Θ Ξ).</item>
/// <item>Every space GSM-7 lacks (<see cref="IsSpace"/>: no-break, thin, ideographic, the line and paragraph separators,
/// a tab) becomes one plain space.</item>
/// <item>Twilio's smart-encoding table replaces look-alike punctuation and spaces (quotes, dashes, ellipsis,
/// full-width forms).</item>
/// <item>Other letters of the Latin script (ı, ş, ğ, ő, ł, ț, ŋ, ﬁ, diacritics GSM-7 lacks...) and combining marks are
/// transliterated by AnyAscii (İ → I, ş → s, ł → l, œ → oe).</item>
/// </list>
/// If anything else outside GSM-7 remains (a letter of another script such as Chinese, Arabic, Cyrillic or a Greek
/// letter GSM-7 lacks, an emoji, a symbol), the whole text is returned unchanged: it goes as UCS-2, which carries it
/// exactly, and Latin letters beside it keep their accents.
/// </summary>
public static class GsmTransliterator
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Map = new(LoadMap);

    /// <summary>The text in GSM-7 when the rules above allow it, else <paramref name="text"/> itself.</summary>
    /// <param name="text">Any text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Transliterate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (GsmAlphabet.IsGsm7(text))
        {
            return text;
        }

        var map = Map.Value;
        var result = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var s = rune.ToString();
            if (s.Length == 1 && GsmAlphabet.Septets(s[0]) > 0)
            {
                result.Append(s);
            }
            else if (IsSpace(rune))
            {
                // Every other space is one space: French writes a no-break one before ":" "?" and inside « » (the SMS
                // catalog does, sub16b), typesetting a thin one (U+2009, U+202F) and CJK an ideographic one (U+3000);
                // Twilio's table makes most of them two spaces ("Code NewsAlerts  : 123456") and a tab seven.
                result.Append(' ');
            }
            else if (map.TryGetValue(s, out var replacement))
            {
                // The table writes a few controls (U+0080, U+009B...) as spaces too: one space at most.
                result.Append(replacement.Length > 1 && replacement.All(c => c == ' ') ? " " : replacement);
            }
            else if (LatinScript.IsLatinLetterOrMark(rune))
            {
                result.Append(s.Transliterate());
            }
            else
            {
                return text;
            }
        }

        var transliterated = result.ToString();
        return GsmAlphabet.IsGsm7(transliterated) ? transliterated : text;
    }

    /// <summary>
    /// Whether <paramref name="rune"/> is a space GSM-7 lacks, which is written as one plain space: every Unicode space
    /// separator (category Zs: no-break, en, em, thin, hair, narrow no-break, ideographic, Ogham...), the line and
    /// paragraph separators (Zl, Zp), and the other white-space controls (tab, vertical tab, next line U+0085).
    /// Line feed, carriage return and form feed are GSM-7 and stay.
    /// </summary>
    internal static bool IsSpace(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || (Rune.IsWhiteSpace(rune) && !GsmAlphabet.IsGsm7(rune.ToString()));

    private static Dictionary<string, string> LoadMap()
    {
        using var stream = typeof(GsmTransliterator).Assembly.GetManifestResourceStream("NewsAlerts.Channels.Sms.smart-encoding.json")
            ?? throw new InvalidOperationException("The smart-encoding table is not embedded in NewsAlerts.Channels.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("map").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal);
    }
}
