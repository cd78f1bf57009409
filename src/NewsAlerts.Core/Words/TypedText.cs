namespace NewsAlerts.Core.Words;

/// <summary>
/// The one way a value a person typed (a topic's word, a field name, an email address, a zone, a phone number) is
/// quoted inside a sentence: between FIRST STRONG ISOLATE U+2068 and POP DIRECTIONAL ISOLATE U+2069 (Unicode UAX #9,
/// section 2.7, "Explicit Directional Isolates"). The value takes the direction of its own first strong letter and
/// the sentence around it keeps its order: an Arabic word quoted in an English error, or a Latin one in an Arabic
/// error, cannot pull the sentence's neighbouring words and punctuation to its side.
/// </summary>
/// <remarks>
/// Why characters and not HTML's <c>&lt;bdi&gt;</c> (which is the same isolate, with direction auto): an error
/// message is one plain string that the pages' field error, their error summary and the API's problem+json all carry
/// as text, and components HTML-encode it; the characters survive every one of those paths (and a copy and paste),
/// markup would not. Unlike <see cref="LtrText"/> the direction is not forced: a typed value may be written in any
/// script. Screen readers skip both characters. Texts (SMS) never get them: GSM 03.38 has no such characters.
/// </remarks>
public static class TypedText
{
    /// <summary>The character that opens a first-strong isolate.</summary>
    public const char Open = '\u2068';

    /// <summary>The character that closes it.</summary>
    public const char Close = '\u2069';

    /// <summary><paramref name="value"/> between <see cref="Open"/> and <see cref="Close"/>, whatever the language.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string Isolate(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return $"{Open}{value}{Close}";
    }
}
