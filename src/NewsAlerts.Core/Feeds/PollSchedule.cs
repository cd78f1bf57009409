namespace NewsAlerts.Core.Feeds;

/// <summary>
/// When a feed is polled next: its interval after a success, never sooner than the floor; after errors a capped
/// exponential backoff (interval × 2^(failures − 1), at most <see cref="PollSettings.MaxBackoff"/>); and a
/// <c>Retry-After</c> on <c>429</c>/<c>503</c> honoured as given (between the floor and
/// <see cref="PollSettings.MaxRetryAfter"/>) in place of the backoff.
/// </summary>
public static class PollSchedule
{
    /// <summary>The next poll after one that ended at <paramref name="now"/>.</summary>
    /// <param name="now">When the poll ended.</param>
    /// <param name="settings">The feed's interval and the service's floor and caps.</param>
    /// <param name="outcome">How the poll ended.</param>
    /// <param name="consecutiveFailures">Failed polls in a row, counting this one (0 after a success).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DateTimeOffset Next(DateTimeOffset now, PollSettings settings, PollOutcome outcome, int consecutiveFailures)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(outcome);
        var interval = Max(settings.Interval, settings.Floor);
        if (outcome.RetryAfter is { } asked)
        {
            return now + Max(settings.Floor, Min(asked, settings.MaxRetryAfter));
        }

        if (outcome.Succeeded || consecutiveFailures <= 0)
        {
            return now + interval;
        }

        // Doubling from the interval; the exponent is capped before it can overflow.
        var factor = Math.Pow(2, Math.Min(consecutiveFailures - 1, 30));
        var backoff = interval.TotalSeconds * factor >= settings.MaxBackoff.TotalSeconds
            ? settings.MaxBackoff
            : TimeSpan.FromSeconds(interval.TotalSeconds * factor);
        return now + Max(backoff, interval);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
