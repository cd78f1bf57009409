namespace NewsAlerts.Core.Policy;

/// <summary>When a subscriber's email goes out.</summary>
/// <param name="Frequency">Immediate, or an hourly, daily or weekly digest.</param>
/// <param name="At">
/// The local time of a daily or weekly digest (whole minutes); an immediate subscriber's alerts held by a cap go
/// to a daily digest at this time.
/// </param>
/// <param name="Weekday">The local weekday of a weekly digest.</param>
public sealed record EmailSchedule(EmailFrequency Frequency, TimeOnly At, DayOfWeek Weekday)
{
    /// <summary>The default: a daily digest at 07:00 local time (weekly ones on Monday).</summary>
    public static readonly EmailSchedule Default = new(EmailFrequency.Daily, new TimeOnly(7, 0), DayOfWeek.Monday);

    /// <summary>Whether matches are gathered into a digest rather than sent at once.</summary>
    public bool IsDigest => Frequency != EmailFrequency.Immediate;

    /// <summary>
    /// The digest that takes what cannot go at once (a cap was reached, an SMS went stale): this schedule itself
    /// when it is a digest, otherwise a daily digest at <see cref="At"/>.
    /// </summary>
    public EmailSchedule Overflow => IsDigest ? this : this with { Frequency = EmailFrequency.Daily };
}
