namespace NewsAlerts.Core.Words;

using NewsAlerts.Core.Texts;

/// <summary>
/// The one way a left-to-right value (a phone number, an email address, a time, a code) goes inside a sentence that
/// may read right to left: between LEFT-TO-RIGHT ISOLATE U+2066 and POP DIRECTIONAL ISOLATE U+2069 (Unicode UAX #9,
/// section 2.7, "Explicit Directional Isolates"), so an Arabic line shows "+44 7400 333444", not "333444 7400 +44".
/// Pages put a value that stands in markup in <c>&lt;bdi dir="ltr"&gt;</c> instead (NewsAlerts.Pages' <c>LtrValues</c>),
/// which is the same isolate in HTML.
/// </summary>
public static class LtrText
{
    /// <summary>The character that opens a left-to-right isolate.</summary>
    public const char Open = '\u2066';

    /// <summary>The character that closes it.</summary>
    public const char Close = '\u2069';

    /// <summary><paramref name="value"/> isolated left to right, whatever the language.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string Isolate(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return $"{Open}{value}{Close}";
    }

    /// <summary>
    /// <paramref name="value"/> isolated when <paramref name="language"/> (BCP 47) is written right to left (Arabic),
    /// else as it is: a left-to-right text needs no isolate, and an SMS keeps to the GSM-7 alphabet without it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string In(string value, string? language)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TextLanguages.IsRightToLeft(language) ? Isolate(value) : value;
    }
}
