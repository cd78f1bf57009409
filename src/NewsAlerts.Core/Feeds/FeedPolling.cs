namespace NewsAlerts.Core.Feeds;

using System.Globalization;

/// <summary>
/// Whether and when a feed is polled next, as editors read it: a feed that is not polled (paused, or gone after a
/// <c>410</c>) has no next poll (null, never the year-9999 <see cref="FeedHealth.NotPolled"/> the store keeps to leave it
/// out of the due query) but a <see cref="State"/> and the time it began. Session 44: the API showed a gone feed's
/// <c>nextPoll</c> as 9999-01-01 and a paused feed's as a time it would not be polled at.
/// </summary>
/// <param name="State">Scheduled, paused or gone.</param>
/// <param name="NextPoll">When the feed is polled next (a time past means at the next run); null when it is not polled.</param>
/// <param name="Since">When the feed was paused or answered <c>410</c>; null when scheduled, or paused before this was kept.</param>
/// <param name="PausedBy">Who paused it (<see cref="FeedRegistration.PausedBy"/>), or null.</param>
public sealed record FeedPolling(FeedPollingState State, DateTimeOffset? NextPoll, DateTimeOffset? Since, string? PausedBy = null)
{
    /// <summary>
    /// The polling of <paramref name="feed"/> with <paramref name="health"/>: paused when the registration says so (an
    /// editor's act, shown before the feed's own answer), else gone when the health has <see cref="FeedHealth.GoneSince"/>
    /// or its next poll is <see cref="FeedHealth.NotPolled"/>, else scheduled at the health's next poll.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static FeedPolling Of(FeedRegistration feed, FeedHealth health)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(health);
        if (feed.Paused)
        {
            return new FeedPolling(FeedPollingState.Paused, null, feed.PausedAt, feed.PausedBy);
        }

        return health.GoneSince is not null || health.NextPoll >= FeedHealth.NotPolled
            ? new FeedPolling(FeedPollingState.Gone, null, health.GoneSince)
            : new FeedPolling(FeedPollingState.Scheduled, health.NextPoll, null);
    }

    /// <summary>
    /// The polling in words for logs and pages, times in UTC to the minute: <c>next poll at 2026-12-03 17:05 UTC</c>,
    /// <c>not polled: paused by dev --no-demo since 2026-12-03 17:00 UTC</c>, <c>not polled: gone (410) since 2026-12-03 17:00 UTC</c>.
    /// </summary>
    public string Words() => State switch
    {
        FeedPollingState.Paused => "not polled: paused" + (PausedBy is null ? string.Empty : $" by {PausedBy}") + SinceWords,
        FeedPollingState.Gone => "not polled: gone (410)" + SinceWords,
        _ => $"next poll at {Minute(NextPoll!.Value)}",
    };

    /// <summary>The words of a next poll read from the store alone (no registration at hand: a poll's log line): see <see cref="Words"/>.</summary>
    public static string Words(DateTimeOffset nextPoll, DateTimeOffset? goneSince = null) =>
        (goneSince is not null || nextPoll >= FeedHealth.NotPolled
            ? new FeedPolling(FeedPollingState.Gone, null, goneSince)
            : new FeedPolling(FeedPollingState.Scheduled, nextPoll, null)).Words();

    private string SinceWords => Since is { } since ? $" since {Minute(since)}" : string.Empty;

    private static string Minute(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
