namespace NewsAlerts.Core.RateLimits;

/// <summary>
/// The window arithmetic, as a pure function: a window starts at the first request of a key and lasts the limit's
/// window; within it at most <see cref="RateLimit.Limit"/> requests pass, and a refusal says when the window ends.
/// A window anchored at its first request (rather than at the clock's hour or day) never lets a burst straddle a
/// boundary to get twice the limit in a moment, and needs only one stored value per key.
/// </summary>
public static class RateWindow
{
    /// <summary>Decides one request against a key's counter (null: none stored yet) at <paramref name="now"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="limit"/> is null.</exception>
    public static RateDecision Decide(RateCounter? current, RateLimit limit, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(limit);

        // A start a little ahead of this instance's clock (skew between instances) still counts as the same window.
        if (current is null || now >= current.WindowStart + limit.Window)
        {
            return limit.Limit >= 1
                ? new RateDecision(true, new RateCounter(now, 1), TimeSpan.Zero)
                : new RateDecision(false, current, limit.Window);
        }

        return current.Count < limit.Limit
            ? new RateDecision(true, current with { Count = current.Count + 1 }, TimeSpan.Zero)
            : new RateDecision(false, current, current.WindowStart + limit.Window - now);
    }

    /// <summary>
    /// Gives back one request taken at <paramref name="takenAt"/> (a later limit refused the request it was taken for,
    /// so nothing was sent): the counter one lower when it is still the window that request was counted in, and a
    /// refusal (store nothing) when there is no counter, it is already zero, or its window has ended or restarted since.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="limit"/> is null.</exception>
    public static RateDecision GiveBack(RateCounter? current, RateLimit limit, DateTimeOffset takenAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(limit);
        var sameWindow = current is { Count: > 0 }
            && current.WindowStart <= takenAt
            && now < current.WindowStart + limit.Window;
        return sameWindow
            ? new RateDecision(true, current! with { Count = current.Count - 1 }, TimeSpan.Zero)
            : new RateDecision(false, current, TimeSpan.Zero);
    }
}
