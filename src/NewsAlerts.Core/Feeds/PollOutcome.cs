namespace NewsAlerts.Core.Feeds;

/// <summary>How one poll of a feed ended, as the schedule and the health need it.</summary>
/// <param name="Succeeded">True for <c>200</c> with a readable feed and for <c>304 Not Modified</c>.</param>
/// <param name="Error">What went wrong, for the feed's health (status, timeout, unreadable body); null on success.</param>
/// <param name="RetryAfter">The wait a <c>429</c> or <c>503</c> asked for (<see cref="Feeds.RetryAfter.Parse"/>); null otherwise.</param>
public sealed record PollOutcome(bool Succeeded, string? Error, TimeSpan? RetryAfter)
{
    /// <summary>A successful poll.</summary>
    public static PollOutcome Success { get; } = new(true, null, null);

    /// <summary>A failed poll.</summary>
    public static PollOutcome Failure(string error, TimeSpan? retryAfter = null) => new(false, error, retryAfter);
}
