namespace NewsAlerts.Pages.Languages;

using System.Globalization;
using NewsAlerts.Core.Texts;
using NewsAlerts.Matching.Languages;
using NewsAlerts.Pages.Layout;
using NewsAlerts.Pages.Topics;

/// <summary>
/// "Languages I read" on the sign-up page and the preference centre (issue 16): the story languages a subscriber reads
/// besides the language of their alerts, stored as the API's <c>languages</c> (Core's <c>Subscriber.Languages</c>). The
/// form field <see cref="Field"/> is a checkbox per language; a browser posts each ticked one, which the pages' form
/// reader joins with commas (<c>en,de</c>). The alert language is always read, so its box is ticked and disabled and
/// never posted. Topics are matched in English only for a subscriber who ticks English (false friends: German "Wahl",
/// Dutch "brand", French "pain"; Matching's <see cref="TopicLanguages.Matched"/>).
/// </summary>
public static class ReadLanguages
{
    /// <summary>The form field: the ticked languages, comma-separated.</summary>
    public const string Field = "languages";

    /// <summary>The languages of a posted or stored value (<c>en,de</c>): trimmed, blanks and repeats left out, in order.</summary>
    public static IReadOnlyList<string> Parse(string? value) =>
        [.. (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>
    /// The form value of <paramref name="languages"/> (a subscriber's stored list): offered languages by their code, in
    /// <see cref="TextLanguages.Offered"/>'s order as the boxes are, then any other tags as stored; null for none.
    /// </summary>
    public static string? Value(IReadOnlyList<string>? languages)
    {
        if (languages is not { Count: > 0 })
        {
            return null;
        }

        var offered = TextLanguages.Offered.Where(o => languages.Any(l => PageLanguage.Offered(l) == o));
        var others = languages.Where(l => PageLanguage.Offered(l) is null);
        return string.Join(',', offered.Concat(others).Distinct(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The boxes for a page whose alert language is <paramref name="alertLanguage"/> (a tag; null: English) and whose
    /// ticked languages are <paramref name="value"/> (the form value): each offered language, then each other language
    /// of the value that is one of <paramref name="kept"/> (the subscriber's stored list: a tag the pages do not offer
    /// stays a ticked box, so saving the form does not drop it; a tampered value gets no box).
    /// </summary>
    public static IReadOnlyList<ReadLanguageChoice> Choices(string? alertLanguage, string? value, IReadOnlyList<string>? kept = null)
    {
        var alert = TextLanguages.Of(alertLanguage);
        var ticked = Parse(value);
        var offered = TextLanguages.Offered.Select(code => new ReadLanguageChoice(
            code, Label(code), code == alert || ticked.Any(t => PageLanguage.Offered(t) == code), code == alert));
        var others = ticked.Where(t => PageLanguage.Offered(t) is null && (kept ?? []).Contains(t, StringComparer.OrdinalIgnoreCase)).Select(t => new ReadLanguageChoice(t, Label(t), true, false));
        return [.. offered.Concat(others)];
    }

    /// <summary>
    /// The API's <c>languages</c> for the ticked <paramref name="value"/>: the ticked languages except the alert language
    /// (<paramref name="alertLanguage"/>; always read), values as posted, so the API's parser refuses a malformed one by name.
    /// </summary>
    public static IReadOnlyList<string> Others(string? alertLanguage, string? value)
    {
        var alert = LanguageTag.Primary(alertLanguage) ?? LanguageTag.Default;
        return [.. Parse(value).Where(t => LanguageTag.Primary(t) != alert)];
    }

    /// <summary>
    /// The error of a posted <paramref name="value"/> naming a language that is not one of its boxes (a tampered form):
    /// neither offered nor in <paramref name="kept"/> (the subscriber's stored list); null when every one is.
    /// </summary>
    public static PageError? Error(string? value, IReadOnlyList<string>? kept)
    {
        var allowed = Parse(value).All(t => TextLanguages.Offered.Contains(t, StringComparer.Ordinal) || (kept ?? []).Contains(t, StringComparer.OrdinalIgnoreCase));
        return allowed ? null : new PageError(Field, string.Format(CultureInfo.CurrentCulture, PageStrings.FieldFromTheList, Layout.FieldLabels.Named(Field)));
    }

    /// <summary>
    /// A box's label: the language named in the page's language and in itself (<c>anglais (English)</c> on a French page),
    /// once when both are the same (<c>français</c>); names from the culture data (CLDR through ICU).
    /// </summary>
    public static string Label(string code)
    {
        var name = TopicNotes.LanguageName(code);
        var own = Native(code);
        return own is null || string.Equals(own, name, StringComparison.OrdinalIgnoreCase)
            ? name
            : string.Format(CultureInfo.CurrentCulture, PageStrings.ReadLanguageName, name, own);
    }

    // The language's name in itself ("English", "العربية"), first letter upper-cased by its own rules; null when unknown.
    private static string? Native(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            var name = culture.NativeName;
            return name.Length == 0 || culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal) ? null : culture.TextInfo.ToUpper(name[0]) + name[1..];
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
