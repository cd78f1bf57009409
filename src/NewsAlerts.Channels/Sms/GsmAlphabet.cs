namespace NewsAlerts.Channels.Sms;

using System.Globalization;

/// <summary>
/// The GSM 03.38 default alphabet and its extension table, and segment counting as carriers (and Twilio) do it:
/// an extension character costs two septets and is never split from its escape; a UCS-2 character (a surrogate
/// pair or a whole grapheme) is never split across segments.
/// </summary>
public static class GsmAlphabet
{
    /// <summary>Septets in a single-segment GSM-7 message.</summary>
    public const int SingleGsm7 = 160;

    /// <summary>Septets per segment of a split GSM-7 message (7 go to the concatenation header).</summary>
    public const int MultiGsm7 = 153;

    /// <summary>Code units in a single-segment UCS-2 message.</summary>
    public const int SingleUcs2 = 70;

    /// <summary>Code units per segment of a split UCS-2 message.</summary>
    public const int MultiUcs2 = 67;

    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "\f^{}\\[~]|€";

    /// <summary>Septets for one character: 1 (basic), 2 (extension), or 0 when it is not in the GSM alphabet.</summary>
    public static int Septets(char ch) =>
        Basic.Contains(ch, StringComparison.Ordinal) ? 1 : Extension.Contains(ch, StringComparison.Ordinal) ? 2 : 0;

    /// <summary>Whether every character of <paramref name="text"/> is in the GSM alphabet.</summary>
    public static bool IsGsm7(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.All(ch => Septets(ch) > 0);
    }

    /// <summary>Encoding, size and segment count of <paramref name="text"/>.</summary>
    public static SmsMeasure Measure(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsGsm7(text)
            ? Count(SmsEncoding.Gsm7, text.Select(Septets).ToList(), SingleGsm7, MultiGsm7)
            : Count(SmsEncoding.Ucs2, Graphemes(text).Select(g => g.Length).ToList(), SingleUcs2, MultiUcs2);
    }

    /// <summary>The units one piece of text costs in the given encoding.</summary>
    public static int Cost(string text, SmsEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(text);
        return encoding == SmsEncoding.Gsm7 ? text.Sum(Septets) : text.Length;
    }

    private static SmsMeasure Count(SmsEncoding encoding, List<int> costs, int single, int perSegment)
    {
        var units = costs.Sum();
        if (units <= single)
        {
            return new SmsMeasure(encoding, units, units == 0 ? 0 : 1);
        }

        // Fill segments greedily with whole characters: a character that does not fit opens the next segment.
        var segments = 1;
        var used = 0;
        foreach (var cost in costs)
        {
            if (used + cost > perSegment)
            {
                segments++;
                used = 0;
            }

            used += cost;
        }

        return new SmsMeasure(encoding, units, segments);
    }

    private static IEnumerable<string> Graphemes(string text)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            yield return (string)enumerator.Current;
        }
    }
}
