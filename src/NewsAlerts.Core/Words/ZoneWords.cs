namespace NewsAlerts.Core.Words;

using System.Globalization;
using NewsAlerts.Core.Texts;

/// <summary>
/// A time zone as a person names it in a page, an email or a text: its city, as the IANA database names the zone
/// after one ("Europe/London" is "London", "America/Argentina/Buenos_Aires" is "Buenos Aires"); a zone without a city
/// by its offset from UTC ("Etc/GMT-3" is "UTC+3"); never the raw id.
/// </summary>
public static class ZoneWords
{
    private static readonly System.Resources.ResourceManager Cities = new("NewsAlerts.Core.Texts.ZoneCities", typeof(ZoneWords).Assembly);

    // The IANA database's names of UTC itself (tzdata files "etcetera" and "backward"), compared without case.
    private static readonly HashSet<string> UtcNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "UTC", "UCT", "GMT", "GMT0", "GMT+0", "GMT-0", "Greenwich", "Universal", "Zulu",
        "Etc/UTC", "Etc/UCT", "Etc/GMT", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0", "Etc/Greenwich", "Etc/Universal", "Etc/Zulu",
    };

    /// <summary>
    /// The name of <paramref name="ianaId"/> for people: <c>UTC</c> for an empty id and every IANA name of UTC
    /// (<c>UTC</c>, <c>GMT</c>, <c>Etc/Zulu</c>, <c>Etc/Universal</c>...); <c>UTC+3</c> for <c>Etc/GMT-3</c> and
    /// <c>UTC-5</c> for <c>Etc/GMT+5</c> (the <c>Etc/GMT</c> zones carry POSIX signs, inverted from ISO 8601: tzdata's
    /// "etcetera" file); otherwise the city of a <c>Region/City</c> id with underscores as spaces (an id without a
    /// region, such as <c>Japan</c>, as it is).
    /// </summary>
    public static string Of(string? ianaId)
    {
        var id = ianaId?.Trim();
        if (string.IsNullOrEmpty(id) || UtcNames.Contains(id))
        {
            return "UTC";
        }

        if (PosixOffset(id) is { } hours)
        {
            return hours == 0 ? "UTC" : string.Create(CultureInfo.InvariantCulture, $"UTC{(hours > 0 ? "-" : "+")}{Math.Abs(hours)}");
        }

        if (id.StartsWith("Etc/", StringComparison.OrdinalIgnoreCase))
        {
            // Any other Etc/ name (none in tzdata today) has no city: the clock it keeps is not known here.
            return "UTC";
        }

        var city = id[(id.LastIndexOf('/') + 1)..].Replace('_', ' ');
        return city.Length == 0 ? "UTC" : city;
    }

    /// <summary>"London time", "UTC+3 time": the zone's name in a sentence that gives a time on its clock.</summary>
    public static string Time(string? ianaId) => $"{Of(ianaId)} time";

    // The hours of an "Etc/GMT+5" or "GMT-3" name as POSIX writes them (west of Greenwich positive), or null.
    private static int? PosixOffset(string id)
    {
        var name = id.StartsWith("Etc/", StringComparison.OrdinalIgnoreCase) ? id[4..] : id;
        if (!name.StartsWith("GMT", StringComparison.OrdinalIgnoreCase) || name.Length < 5 || name[3] is not ('+' or '-'))
        {
            return null;
        }

        var digits = name[4..];
        return digits.Length <= 2 && digits.All(char.IsAsciiDigit) && int.Parse(digits, CultureInfo.InvariantCulture) is var hours && hours <= 14
            ? (name[3] == '-' ? -hours : hours)
            : null;
    }

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

    /// <summary>
    /// The city of <paramref name="ianaId"/> as <paramref name="language"/> names it ("Londres", "لندن"), from the
    /// <c>ZoneCities</c> catalog (every IANA <c>Region/City</c> zone, generated by <c>src/NewsAlerts.Core/Texts/zone_cities_from_cldr.py</c>
    /// from CLDR's exemplar cities, Unicode License v3; where a language has no exemplar city and English's is English
    /// words, "Christmas Island", CLDR's name of the zone's territory, "Île Christmas", or the id's city, "Casey"), else as
    /// <see cref="Of(string)"/>.
    /// </summary>
    public static string Of(string? ianaId, string? language)
    {
        var city = Of(ianaId);
        return city == "UTC" ? city : Cities.GetString(ianaId!.Trim(), EmailTexts.CultureOf(language)) ?? city;
    }

    /// <summary>
    /// The zone's time in <paramref name="language"/> (the email catalog, <see cref="EmailText.ZoneTime"/>): "Paris time",
    /// "fuseau horaire : Amsterdam", "fuso orario: Il Cairo", "بتوقيت باريس". Each catalog phrases it so that no word
    /// agrees with the city (no "heure de"/"d’", "ora di"/"del", "hora de"/"do" before a name): UTC's own words for an empty id and the names of UTC; an <c>Etc/</c> offset as itself ("UTC+3").
    /// </summary>
    public static string Time(string? ianaId, string? language)
    {
        var city = Of(ianaId, language);
        if (city == "UTC")
        {
            return EmailTexts.Of(EmailText.ZoneTimeUtc, language);
        }

        if (city.StartsWith("UTC", StringComparison.Ordinal))
        {
            // An Etc/ offset ("UTC+3") names its own clock in every language: no city to put in a sentence.
            return city;
        }

        return EmailTexts.Of(EmailText.ZoneTime, language, city);
    }
}
