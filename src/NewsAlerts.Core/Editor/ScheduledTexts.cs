namespace NewsAlerts.Core.Editor;

/// <summary>
/// Where texts scheduled for the end of their recipients' quiet hours stand at a given time (issue 16): a text counts
/// as scheduled only while that time is to come. Once it passes, the queue releases it and the dispatcher sends it
/// (paced per sender) within <see cref="Grace"/>; one with no ledger row after that was not delivered (the queue lost
/// it, or nothing is dispatching), and an editor must not be told it is still scheduled.
/// </summary>
public static class ScheduledTexts
{
    /// <summary>How long after the end of quiet hours texts count as on their way: 10 minutes (release, claim, 1 text/s pacing of a batch of 250 at most is about 4).</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Splits audit entries' scheduled texts (<paramref name="scheduled"/>: how many, and the latest end of quiet hours
    /// among them, null when the entry does not say) into waiting, due and overdue at <paramref name="now"/>. An entry
    /// without a time counts as waiting, as before the time was recorded.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="scheduled"/> is null.</exception>
    public static ScheduledSplit Split(IEnumerable<(int Count, DateTimeOffset? Until)> scheduled, DateTimeOffset now, TimeSpan? grace = null)
    {
        ArgumentNullException.ThrowIfNull(scheduled);
        var within = grace ?? Grace;
        int waiting = 0, due = 0, overdue = 0;
        foreach (var (count, until) in scheduled)
        {
            var texts = Math.Max(0, count);
            if (until is not { } at || now < at)
            {
                waiting += texts;
            }
            else if (now < at + within)
            {
                due += texts;
            }
            else
            {
                overdue += texts;
            }
        }

        return new ScheduledSplit(waiting, due, overdue);
    }
}
