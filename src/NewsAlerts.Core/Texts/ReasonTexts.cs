namespace NewsAlerts.Core.Texts;

using System.Resources;

/// <summary>
/// The words of a match's reason ("why you got this") in each language of <see cref="TextLanguages.Offered"/>: one resx
/// catalog per language (<c>ReasonTexts.resx</c> English, <c>ReasonTexts.fr.resx</c> French...), keys named by
/// <see cref="Words.ReasonWords"/>; the count of further hits is CLDR-plural (<c>More_one</c>, <c>More_other</c>...,
/// <see cref="PluralCategory"/>); article languages by <c>Language_</c> and their code; the 17 top-level IPTC media
/// topics by <c>Subject_medtop_NN000000</c>, translated by hand in each language but English (whose words are IPTC's
/// own labels, read from the taxonomy: <see cref="Words.ReasonWords.SubjectName"/>).
/// </summary>
public static class ReasonTexts
{
    /// <summary>The catalog's resource manager.</summary>
    public static ResourceManager Catalog { get; } = new("NewsAlerts.Core.Texts.ReasonTexts", typeof(ReasonTexts).Assembly);

    /// <summary>The text <paramref name="key"/> in <paramref name="language"/>, with <paramref name="values"/> formatted in its culture.</summary>
    /// <exception cref="MissingManifestResourceException">The catalog has no such key.</exception>
    public static string Of(string key, string? language, params object?[] values)
    {
        var culture = EmailTexts.CultureOf(language);
        var text = Catalog.GetString(key, culture) ?? throw new MissingManifestResourceException($"Reason text '{key}' is missing.");
        return values.Length == 0 ? text : string.Format(culture, text, values);
    }

    /// <summary>The counted text <paramref name="key"/> for <paramref name="count"/> (<c>{0}</c>) in the plural form <paramref name="language"/> uses.</summary>
    /// <exception cref="MissingManifestResourceException">The catalog has no <c>other</c> form of the key.</exception>
    public static string Count(string key, long count, string? language)
    {
        var culture = EmailTexts.CultureOf(language);
        var text = Catalog.GetString($"{key}_{PluralCategory.Of(count, language)}", culture) ?? Of($"{key}_other", language);
        return string.Format(culture, text, count);
    }

    /// <summary>The name of an offered language <paramref name="code"/> in <paramref name="language"/>, or null when the catalog has none.</summary>
    public static string? LanguageName(string code, string? language) =>
        Catalog.GetString($"Language_{code.ToLowerInvariant()}", EmailTexts.CultureOf(language));
}
