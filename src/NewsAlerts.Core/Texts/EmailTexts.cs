namespace NewsAlerts.Core.Texts;

using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

/// <summary>
/// The words of every email NewsAlerts sends, in each language of <see cref="TextLanguages.Offered"/>: one resx
/// catalog per language (<c>EmailTexts.resx</c> is English, <c>EmailTexts.fr.resx</c> French...), read by
/// <see cref="ResourceManager"/>, so a key a language lacks falls back to English by the resource rules.
/// </summary>
public static class EmailTexts
{
    private static readonly ConcurrentDictionary<string, CultureInfo> Cultures = new(StringComparer.Ordinal);

    /// <summary>The catalog's resource manager (keys are <see cref="EmailText"/> names; counted ones with a plural suffix).</summary>
    public static ResourceManager Catalog { get; } = new("NewsAlerts.Core.Texts.EmailTexts", typeof(EmailTexts).Assembly);

    /// <summary>
    /// The culture emails are written in for <paramref name="language"/> (<see cref="TextLanguages.CultureOf"/>) on the
    /// Gregorian calendar, so a date reads as the same day in every language (Arabic cultures may default to another calendar).
    /// </summary>
    public static CultureInfo CultureOf(string? language) => Cultures.GetOrAdd(TextLanguages.Of(language), static code =>
    {
        var culture = CultureInfo.GetCultureInfo(code);
        if (culture.DateTimeFormat.Calendar is GregorianCalendar)
        {
            return culture;
        }

        var gregorian = (CultureInfo)culture.Clone();
        gregorian.DateTimeFormat.Calendar = new GregorianCalendar();
        return CultureInfo.ReadOnly(gregorian);
    });

    /// <summary>The text <paramref name="key"/> in <paramref name="language"/>, with <paramref name="values"/> formatted in its culture.</summary>
    /// <exception cref="MissingManifestResourceException">The catalog has no such key (a build without the catalog).</exception>
    public static string Of(EmailText key, string? language, params object?[] values)
    {
        var culture = CultureOf(language);
        return Format(Lookup(key.ToString(), culture), culture, values);
    }

    /// <summary>
    /// The counted text <paramref name="key"/> for <paramref name="count"/> (<c>{0}</c>) in the plural form
    /// <paramref name="language"/> uses for it (<see cref="PluralCategory"/>), its <c>other</c> form when the
    /// catalog has no special one; further <paramref name="values"/> are <c>{1}</c> on.
    /// </summary>
    /// <exception cref="MissingManifestResourceException">The catalog has no <c>other</c> form of the key.</exception>
    public static string Count(EmailText key, long count, string? language, params object?[] values)
    {
        var culture = CultureOf(language);
        var text = Catalog.GetString($"{key}_{PluralCategory.Of(count, language)}", culture) ?? Lookup($"{key}_other", culture);
        return Format(text, culture, [count, .. values]);
    }

    private static string Lookup(string key, CultureInfo culture) =>
        Catalog.GetString(key, culture) ?? throw new MissingManifestResourceException($"Email text '{key}' is missing.");

    private static string Format(string text, CultureInfo culture, object?[] values) =>
        values.Length == 0 ? text : string.Format(culture, text, values);
}
