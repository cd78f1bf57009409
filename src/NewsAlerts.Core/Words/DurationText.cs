namespace NewsAlerts.Core.Words;

using System.Globalization;

/// <summary>
/// A configured length of time as a person reads it in a page, an email or a text ("2 days", "36 hours",
/// "15 minutes"), so no message repeats a lifetime or window as a literal that could drift from its setting.
/// </summary>
public static class DurationText
{
    /// <summary>
    /// <paramref name="duration"/> in the largest whole unit that states it exactly: whole days ("1 day", "2 days"),
    /// else whole hours ("36 hours"), else minutes rounded up ("15 minutes", "1 minute"; anything under a minute is
    /// "1 minute").
    /// </summary>
    public static string Of(TimeSpan duration)
    {
        if (duration >= TimeSpan.FromDays(1) && duration.Ticks % TimeSpan.TicksPerDay == 0)
        {
            return Count((long)duration.TotalDays, "day");
        }

        if (duration >= TimeSpan.FromHours(1) && duration.Ticks % TimeSpan.TicksPerHour == 0)
        {
            return Count((long)duration.TotalHours, "hour");
        }

        return Count(Math.Max(1, (long)Math.Ceiling(duration.TotalMinutes)), "minute");
    }

    private static string Count(long count, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? string.Empty : "s")}");
}
