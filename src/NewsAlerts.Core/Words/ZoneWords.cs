namespace NewsAlerts.Core.Words;

using System.Text;
using NewsAlerts.Core.Texts;

/// <summary>
/// A time zone as a person names it in a page, an email or a text: its city, as the IANA database names the zone
/// after one ("Europe/London" is "London", "America/Argentina/Buenos_Aires" is "Buenos Aires"); never the raw id.
/// </summary>
public static class ZoneWords
{
    private static readonly System.Resources.ResourceManager Cities = new("NewsAlerts.Core.Texts.ZoneCities", typeof(ZoneWords).Assembly);

    /// <summary>
    /// The name of <paramref name="ianaId"/> for people: the city of a <c>Region/City</c> id with underscores as
    /// spaces (an id without a region, such as <c>UTC</c> or <c>Japan</c>, as it is); <c>UTC</c> for an empty id and
    /// the <c>Etc/</c> offsets (which have no city).
    /// </summary>
    public static string Of(string? ianaId)
    {
        if (string.IsNullOrWhiteSpace(ianaId) || ianaId.StartsWith("Etc/", StringComparison.Ordinal))
        {
            return "UTC";
        }

        var city = ianaId[(ianaId.LastIndexOf('/') + 1)..].Replace('_', ' ');
        return city.Length == 0 ? "UTC" : city;
    }

    /// <summary>"London time", "UTC time": the zone's name in a sentence that gives a time on its clock.</summary>
    public static string Time(string? ianaId) => $"{Of(ianaId)} time";

    /// <summary>
    /// The city of <paramref name="ianaId"/> as <paramref name="language"/> names it ("Londres", "لندن"), from the
    /// <c>ZoneCities</c> catalog (a list of the zones people mostly pick, kept by hand), else as <see cref="Of(string)"/>.
    /// </summary>
    public static string Of(string? ianaId, string? language)
    {
        var city = Of(ianaId);
        return city == "UTC" ? city : Cities.GetString(ianaId!.Trim(), EmailTexts.CultureOf(language)) ?? city;
    }

    /// <summary>
    /// The zone's time in <paramref name="language"/> (the email catalog, <see cref="EmailText.ZoneTime"/>): "Paris time",
    /// "heure de Paris", "heure d’Amsterdam", "بتوقيت باريس"; UTC's own words for an empty id and the <c>Etc/</c> offsets.
    /// </summary>
    public static string Time(string? ianaId, string? language)
    {
        var city = Of(ianaId, language);
        if (city == "UTC")
        {
            return EmailTexts.Of(EmailText.ZoneTimeUtc, language);
        }

        return EmailTexts.Of(StartsWithVowel(city) ? EmailText.ZoneTimeBeforeVowel : EmailText.ZoneTime, language, city);
    }

    // The first letter without its accents ("Évora" is E), for languages that elide before a vowel.
    private static bool StartsWithVowel(string city) =>
        char.ToUpperInvariant(city.Normalize(NormalizationForm.FormD)[0]) is 'A' or 'E' or 'I' or 'O' or 'U';
}
