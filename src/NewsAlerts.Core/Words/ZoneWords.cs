namespace NewsAlerts.Core.Words;

/// <summary>
/// A time zone as a person names it in a page, an email or a text: its city, as the IANA database names the zone
/// after one ("Europe/London" is "London", "America/Argentina/Buenos_Aires" is "Buenos Aires"); never the raw id.
/// </summary>
public static class ZoneWords
{
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
}
