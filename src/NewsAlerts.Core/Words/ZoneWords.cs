namespace NewsAlerts.Core.Words;

using System.Globalization;

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

    /// <summary>
    /// The offset from UTC of <paramref name="ianaId"/> at <paramref name="at"/>, as people write it: <c>UTC−3</c> (with
    /// the minus sign U+2212), <c>UTC+5:30</c>, <c>UTC+0</c>; daylight saving time included, so it is the offset "now".
    /// An id the machine does not know (or null) is <c>UTC+0</c>.
    /// </summary>
    public static string Offset(string? ianaId, DateTimeOffset at)
    {
        var offset = OffsetOf(ianaId, at);
        var sign = offset < TimeSpan.Zero ? "\u2212" : "+";
        var whole = offset.Duration();
        return whole.Minutes == 0
            ? string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{(int)whole.TotalHours}")
            : string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{(int)whole.TotalHours}:{whole.Minutes:00}");
    }

    /// <summary>"Buenos Aires (UTC−3)": the zone's city and its offset at <paramref name="at"/> (<see cref="Offset"/>), the label of a time zone choice.</summary>
    public static string Label(string? ianaId, DateTimeOffset at) => $"{Of(ianaId)} ({Offset(ianaId, at)})";

    /// <summary>
    /// The region of a <c>Region/City</c> id as people name it (<c>America/Argentina/Buenos_Aires</c>: Americas,
    /// <c>Indian/Maldives</c>: Indian Ocean), from the IANA database's region areas; null for an id without a region.
    /// </summary>
    public static string? Region(string? ianaId)
    {
        var slash = ianaId?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (slash <= 0)
        {
            return null;
        }

        var area = ianaId![..slash];
        return area switch
        {
            "America" => "Americas",
            "Atlantic" or "Indian" or "Pacific" => area + " Ocean",
            _ => area.Replace('_', ' '),
        };
    }

    private static TimeSpan OffsetOf(string? ianaId, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(ianaId))
        {
            return TimeSpan.Zero;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(ianaId).GetUtcOffset(at);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeSpan.Zero;
        }
    }
}
