namespace NewsAlerts.Core.Caps;

/// <summary>
/// An alert refused by a daily cap and put in a digest: its count key and the due time of that digest, kept with the
/// day's counter so that the same alert refused again (its batch redelivered after a crash or a storage failure) goes
/// to the same digest entry, not to a second one of a later digest.
/// </summary>
/// <param name="Key">The alert's count key (<see cref="DailyCapCounting.CountKey"/>).</param>
/// <param name="DueAt">The digest's due time (UTC, whole minutes).</param>
public sealed record CapOverflow(string Key, DateTimeOffset DueAt);
