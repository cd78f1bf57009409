namespace NewsAlerts.Core.Health;

/// <summary>
/// A run of failures of one repeated job (a refresh loop, a timer, a queue's receiver), so that a dependency down for an
/// hour is two log lines, not a stack trace per attempt (trial r41 #1: about 640 lines a minute while Azurite was gone).
/// The first failure of a streak is to be reported; the repeats are only counted; the first success after them ends the
/// streak, with their number, to be reported as the recovery. A failure more than <c>quiet</c> after the one before it
/// starts a new streak (for a job whose successes are not always seen, such as a receiver of an idle queue). Thread-safe.
/// </summary>
/// <param name="quiet">How long without a failure ends a streak silently; <see cref="Timeout.InfiniteTimeSpan"/>: only a success ends it.</param>
public sealed class FailureStreak(TimeSpan quiet)
{
    private readonly Lock gate = new();
    private int failures;
    private DateTimeOffset first;
    private DateTimeOffset last;

    /// <summary>A streak that only a success ends.</summary>
    public FailureStreak()
        : this(Timeout.InfiniteTimeSpan)
    {
    }

    /// <summary>Counts a failure at <paramref name="at"/>; true when it starts a streak (report it), false for a repeat.</summary>
    public bool Failed(DateTimeOffset at)
    {
        lock (gate)
        {
            var starts = failures == 0 || (quiet != Timeout.InfiniteTimeSpan && at - last > quiet);
            if (starts)
            {
                failures = 0;
                first = at;
            }

            failures++;
            last = at;
            return starts;
        }
    }

    /// <summary>
    /// Counts a success; the streak it ends (how many failures, since when) to report as a recovery, or null when
    /// nothing was failing.
    /// </summary>
    public (int Failures, DateTimeOffset Since)? Succeeded()
    {
        lock (gate)
        {
            if (failures == 0)
            {
                return null;
            }

            var ended = (failures, first);
            failures = 0;
            return ended;
        }
    }
}
