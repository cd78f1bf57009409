namespace NewsAlerts.Core.Languages;

using System.Globalization;
using NewsAlerts.Matching.Languages;

/// <summary>
/// The one rule for every API field that takes a language: articles, feeds (POST and PATCH), sign-ups, subscribers
/// (their topics' and other article languages) and the editor console. Before it, feeds stored any tag-shaped value
/// (<c>xx-yy</c>) that articles refused, so a feed's items matched no topic without a sign (trial r37 #8).
/// </summary>
public static class LanguageField
{
    /// <summary>The reason given for a language that is not one, after the field's name.</summary>
    public const string Reason = "must be a language code such as 'en' or 'pt-BR'";

    /// <summary>
    /// Whether <paramref name="value"/> is a language tag to store (a subscriber's or a topic's language): a well-formed
    /// BCP 47 tag (RFC 5646) whose language is known, either a culture .NET's data (CLDR) defines (<c>pt-BR</c>,
    /// <c>zh-Hant</c>) or a primary subtag that is an ISO 639-1 code (<c>en-XX</c>). <c>xx-yy</c>, <c>english</c> are not.
    /// </summary>
    public static bool IsKnownTag(string? value)
    {
        if (!LanguageTag.IsWellFormed(value))
        {
            return false;
        }

        var primary = value!.Split('-')[0];
        return (primary.Length == 2 && LanguageTag.Recognize(primary) is not null) || IsDefinedCulture(value);
    }

    /// <summary>
    /// Whether <paramref name="value"/> is a language an article or feed may state: a known tag (<see cref="IsKnownTag"/>)
    /// or a spelling matching recognises (<see cref="LanguageTag.Recognize"/>: <c>en_GB</c>, <c>eng</c>, <c>English</c>).
    /// </summary>
    public static bool IsKnownStated(string? value) => IsKnownTag(value) || LanguageTag.Recognize(value) is not null;

    private static bool IsDefinedCulture(string tag)
    {
        try
        {
            return CultureInfo.GetCultureInfo(tag, predefinedOnly: true) is { Name.Length: > 0 };
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
