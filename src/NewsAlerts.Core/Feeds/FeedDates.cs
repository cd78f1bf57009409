namespace NewsAlerts.Core.Feeds;

using System.Globalization;
using System.Text.RegularExpressions;

/// <summary>
/// Reads the publication times feeds write in the wild: RFC 822/1123 (<c>pubDate</c>, with or without the weekday,
/// two- or four-digit years, missing seconds, full month names, zone names such as <c>EST</c> or <c>GMT</c>, numeric
/// zones with or without a colon, no zone at all) and RFC 3339 / ISO 8601 (Atom, <c>dc:date</c>, JSON Feed,
/// date only). A time without a zone is read as UTC.
/// </summary>
public static partial class FeedDates
{
    // The invariant culture's month abbreviations (Jan..Dec), read once: DateTimeFormatInfo.AbbreviatedMonthNames returns
    // a new copy of the array on every call, and each item date of each feed read came here (s36 trace).
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;

    private static readonly Dictionary<string, int> ZoneMinutes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0,
        ["EST"] = -300, ["EDT"] = -240, ["CST"] = -360, ["CDT"] = -300,
        ["MST"] = -420, ["MDT"] = -360, ["PST"] = -480, ["PDT"] = -420,
        ["BST"] = 60, ["CET"] = 60, ["CEST"] = 120, ["MET"] = 60, ["MEST"] = 120, ["EET"] = 120, ["EEST"] = 180,
        ["IST"] = 330, ["JST"] = 540, ["AEST"] = 600, ["AEDT"] = 660,
    };

    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy-MM", "yyyy",
        "yyyyMMdd'T'HHmmssK", "yyyyMMdd",
    ];

    /// <summary>The instant <paramref name="text"/> names, or null when it names none this reader knows.</summary>
    /// <param name="text">The date as written in the feed, e.g. <c>Tue, 10 Jun 2003 04:00:00 GMT</c> or <c>2003-06-10T04:00:00Z</c>.</param>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return Rfc822(trimmed) ?? Iso8601(trimmed);
    }

    private static DateTimeOffset? Rfc822(string text)
    {
        var m = Rfc822Pattern().Match(text);
        if (!m.Success || !TryMonth(m.Groups["month"].Value, out var month))
        {
            return null;
        }

        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["year"].Length == 2)
        {
            // RFC 2822 §4.3: two-digit years 00-49 are 2000-2049, 50-99 are 1950-1999.
            year += year < 50 ? 2000 : 1900;
        }

        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        var hour = int.Parse(m.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups["minute"].Value, CultureInfo.InvariantCulture);
        var second = m.Groups["second"].Success ? int.Parse(m.Groups["second"].Value, CultureInfo.InvariantCulture) : 0;
        var offset = Zone(m.Groups["zone"].Value);
        if (offset is null || year is < 1 or > 9999 || day is < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60)
        {
            return null;
        }

        // A leap second is read as the second before it.
        return new DateTimeOffset(year, month, day, hour, minute, Math.Min(second, 59), TimeSpan.FromMinutes(offset.Value));
    }

    private static int? Zone(string zone)
    {
        if (zone.Length == 0)
        {
            return 0;
        }

        if (zone[0] is '+' or '-')
        {
            var digits = zone[1..].Replace(":", string.Empty, StringComparison.Ordinal);
            if (digits.Length is not (2 or 4) || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var hhmm))
            {
                return null;
            }

            var minutes = digits.Length == 2 ? hhmm * 60 : (hhmm / 100 * 60) + (hhmm % 100);
            return minutes > 14 * 60 ? null : (zone[0] == '-' ? -minutes : minutes);
        }

        if (ZoneMinutes.TryGetValue(zone, out var named))
        {
            return named;
        }

        // RFC 2822 §4.3: military zones were defined wrongly in RFC 822, so they mean "unknown", read as UTC.
        return zone.Length == 1 && char.IsAsciiLetter(zone[0]) ? 0 : null;
    }

    private static bool TryMonth(string name, out int month)
    {
        month = 0;
        if (name.Length < 3)
        {
            return false;
        }

        for (var i = 0; i < 12; i++)
        {
            if (name.StartsWith(MonthNames[i], StringComparison.OrdinalIgnoreCase))
            {
                month = i + 1;
                return true;
            }
        }

        return false;
    }

    private static DateTimeOffset? Iso8601(string text)
    {
        var normalised = text.Replace('t', 'T').Replace('z', 'Z');
        return DateTimeOffset.TryParseExact(normalised, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var value)
            ? value
            : null;
    }

    [GeneratedRegex(@"^(?:[A-Za-z]+\.?,?\s*)?(?<day>\d{1,2})[\s-]+(?<month>[A-Za-z]{3,9})\.?[\s-]+(?<year>\d{4}|\d{2})[\sT,]+(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?(?:\.\d+)?\s*(?<zone>[+-]\d{2}:?(?:\d{2})?|[A-Za-z]{1,5})?\s*(?:\([^)]*\))?$")]
    private static partial Regex Rfc822Pattern();
}
