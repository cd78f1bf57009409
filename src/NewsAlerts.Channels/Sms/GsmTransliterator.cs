namespace NewsAlerts.Channels.Sms;

using System.Text;
using System.Text.Json;
using AnyAscii;

/// <summary>
/// Rewrites text into the GSM-7 alphabet where that loses nothing a reader needs, so an alert costs one segment
/// instead of being sent as UCS-2 (70 characters) because of one curly quote or one Turkish dotless ı.
/// <list type="number">
/// <item>Every character GSM-7 has stays as it is (é, ü, Ñ, ß, Å, and the Greek capitals Δ Φ Γ Λ Ω Π Ψ Σ Θ Ξ).</item>
/// <item>A no-break space (U+00A0, narrow U+202F) becomes one plain space.</item>
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
            else if (rune.Value is 0x00A0 or 0x202F)
            {
                // A no-break space is one space: French writes one before ":" "?" and inside « » (the SMS catalog does,
                // sub16b), and Twilio's table would make it two ("Code NewsAlerts  : 123456").
                result.Append(' ');
            }
            else if (map.TryGetValue(s, out var replacement))
            {
                result.Append(replacement);
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

    private static Dictionary<string, string> LoadMap()
    {
        using var stream = typeof(GsmTransliterator).Assembly.GetManifestResourceStream("NewsAlerts.Channels.Sms.smart-encoding.json")
            ?? throw new InvalidOperationException("The smart-encoding table is not embedded in NewsAlerts.Channels.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("map").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal);
    }
}
