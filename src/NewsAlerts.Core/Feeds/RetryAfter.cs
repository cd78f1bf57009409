namespace NewsAlerts.Core.Feeds;

using System.Globalization;

/// <summary>Reads an HTTP <c>Retry-After</c> value (RFC 9110 §10.2.3): delta-seconds or an HTTP-date.</summary>
public static class RetryAfter
{
    // RFC 9110 §5.6.7: IMF-fixdate, and the obsolete RFC 850 and asctime forms a recipient must accept.
    private static readonly string[] HttpDateFormats =
    [
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'",
        "dddd, dd-MMM-yy HH:mm:ss 'GMT'",
        "ddd MMM d HH:mm:ss yyyy",
        "ddd MMM dd HH:mm:ss yyyy",
    ];

    /// <summary>How long to wait from <paramref name="now"/>: zero for a date in the past, null when the value is absent or unreadable.</summary>
    /// <param name="value">The header's value, e.g. <c>120</c> or <c>Wed, 21 Oct 2015 07:28:00 GMT</c>.</param>
    /// <param name="now">The time the response was received.</param>
    public static TimeSpan? Parse(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (text.All(char.IsAsciiDigit))
        {
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                ? TimeSpan.FromSeconds(Math.Min(seconds, (long)TimeSpan.MaxValue.TotalSeconds / 2))
                : TimeSpan.MaxValue / 2;
        }

        var spaced = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (DateTimeOffset.TryParseExact(spaced, HttpDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            var wait = date - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
