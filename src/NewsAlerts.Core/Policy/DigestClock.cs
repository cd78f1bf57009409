namespace NewsAlerts.Core.Policy;

/// <summary>
/// When digests fall due. A daily digest is due once per local date at the chosen time, a weekly one once per
/// chosen weekday, an hourly one whenever the local clock shows a whole hour; daylight-saving nights follow
/// <see cref="LocalClock"/>'s rule, so none is skipped or doubled (Europe/London at 01:00 UTC, America/Santiago
/// at local midnight).
/// </summary>
public static class DigestClock
{
    private static readonly TimeSpan Quarter = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The first due time of <paramref name="schedule"/> strictly after <paramref name="now"/> (UTC, whole minutes),
    /// or null for an immediate schedule. A match recorded at <paramref name="now"/> goes into that digest.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> or <paramref name="zone"/> is null.</exception>
    public static DateTimeOffset? NextDue(EmailSchedule schedule, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(zone);
        return schedule.Frequency switch
        {
            EmailFrequency.Immediate => null,
            EmailFrequency.Hourly => NextWholeHour(zone, now),
            EmailFrequency.Daily => NextOnDates(schedule.At, zone, now, _ => true),
            _ => NextOnDates(schedule.At, zone, now, d => d.DayOfWeek == schedule.Weekday),
        };
    }

    // Every UTC offset in use is a whole number of quarter hours, so local whole hours fall on UTC quarter hours.
    private static DateTimeOffset NextWholeHour(TimeZoneInfo zone, DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        var candidate = new DateTimeOffset(utc.Ticks - (utc.Ticks % Quarter.Ticks), TimeSpan.Zero);
        do
        {
            candidate += Quarter;
        }
        while (TimeZoneInfo.ConvertTime(candidate, zone).Minute != 0);

        return candidate;
    }

    private static DateTimeOffset NextOnDates(TimeOnly at, TimeZoneInfo zone, DateTimeOffset now, Func<DateOnly, bool> wanted)
    {
        // Start a day early: a due time moved on by a gap can belong to the previous local date.
        var date = LocalClock.DateAt(now, zone).AddDays(-1);
        for (var i = 0; i < 10; i++, date = date.AddDays(1))
        {
            if (wanted(date) && LocalClock.ToInstant(date, at, zone) is var due && due > now)
            {
                return due;
            }
        }

        throw new InvalidOperationException("No due time within ten days; the schedule cannot be satisfied.");
    }
}
