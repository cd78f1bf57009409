namespace NewsAlerts.Channels.Sms;

using System.Globalization;
using System.Text;
using System.Text.Json;

/// <summary>
/// Rewrites text into the GSM-7 alphabet where a faithful look-alike exists, so an alert costs one segment instead
/// of being sent as UCS-2 (70 characters) because of one curly quote. Uses Twilio's smart-encoding table
/// (quotes, dashes, ellipsis, full-width forms, odd spaces), then drops accents that GSM-7 lacks (á → a).
/// Characters with no look-alike (Arabic, CJK, emoji) are kept, and the text stays UCS-2.
/// </summary>
public static class GsmTransliterator
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Map = new(LoadMap);

    /// <summary>The text with every replaceable character replaced.</summary>
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
            else if (map.TryGetValue(s, out var replacement))
            {
                result.Append(replacement);
            }
            else
            {
                result.Append(WithoutAccents(s));
            }
        }

        return result.ToString();
    }

    // "ğ" decomposes to "g" + a combining breve; keep the base letter when it is GSM and the rest are marks.
    private static string WithoutAccents(string s)
    {
        var decomposed = s.Normalize(NormalizationForm.FormD);
        if (decomposed.Length < 2 || GsmAlphabet.Septets(decomposed[0]) == 0)
        {
            return s;
        }

        var marksOnly = decomposed.Skip(1).All(ch => CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark);
        return marksOnly ? decomposed[..1] : s;
    }

    private static Dictionary<string, string> LoadMap()
    {
        using var stream = typeof(GsmTransliterator).Assembly.GetManifestResourceStream("NewsAlerts.Channels.Sms.smart-encoding.json")
            ?? throw new InvalidOperationException("The smart-encoding table is not embedded in NewsAlerts.Channels.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("map").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal);
    }
}
