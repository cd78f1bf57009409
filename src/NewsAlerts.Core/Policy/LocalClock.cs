namespace NewsAlerts.Core.Policy;

/// <summary>
/// Local wall-clock times to instants and back, with one rule for daylight-saving nights: a local time that does
/// not exist (the clock jumped over it) is moved on by the length of the jump, and a local time that happens twice
/// (the clock went back) is its first occurrence. So every local date has exactly one instant for a given time.
/// </summary>
public static class LocalClock
{
    // Zones by id, looked up once per process: planning asks for a zone per matched subscriber, and the system lookup
    // takes a lock each time. A TimeZoneInfo holds the zone's rules, not a time, so a cached one never answers stale:
    // every local time is still converted from the instant it is asked for. Unknown ids are not cached (they throw).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    /// <summary>The time zone of an IANA id such as <c>Europe/London</c>.</summary>
    /// <exception cref="TimeZoneNotFoundException">The id is not a known time zone.</exception>
    public static TimeZoneInfo Zone(string ianaId) =>
        Zones.TryGetValue(ianaId, out var zone) ? zone : Zones.GetOrAdd(ianaId, TimeZoneInfo.FindSystemTimeZoneById(ianaId));

    /// <summary>The subscriber's local date at an instant.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static DateOnly DateAt(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }

    /// <summary>The instant (UTC) of a local date and time in <paramref name="zone"/>, by the rule above.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            // In the gap: read the wall time with the offset in force just before the jump, which lands the same
            // distance past the jump as the wall time was past its start.
            offset = zone.GetUtcOffset(local.AddHours(-3));
        }
        else if (zone.IsAmbiguousTime(local))
        {
            // Twice: the larger offset is the earlier instant (the offset before the clock went back).
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }

        return new DateTimeOffset(local.Ticks - offset.Ticks, TimeSpan.Zero);
    }

    /// <summary>The instants (UTC) at which a local date starts and the next one starts: the span of a "local day" for caps.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static (DateTimeOffset Start, DateTimeOffset End) DayBounds(DateOnly date, TimeZoneInfo zone) =>
        (ToInstant(date, TimeOnly.MinValue, zone), ToInstant(date.AddDays(1), TimeOnly.MinValue, zone));
}
