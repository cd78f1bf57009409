namespace NewsAlerts.Functions.Feeds;

using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Feeds.WebSub;

/// <summary>A feed as <c>/api/feeds</c> answers it: what the editor registered, its health and its WebSub subscription, the same in the list and the one-feed view.</summary>
/// <param name="Id">The feed's id.</param>
/// <param name="Url">The URL registered.</param>
/// <param name="FetchedFrom">Where it is fetched now (differs from <paramref name="Url"/> after a permanent redirect).</param>
/// <param name="PollIntervalMinutes">The poll interval when all is well.</param>
/// <param name="Urgency">The urgency given to its items.</param>
/// <param name="Language">The fallback language.</param>
/// <param name="Source">The publisher's name in alerts as registered; null when none was given, and alerts then name the feed by its own title, read at each poll (so a publisher's renaming shows; FeedArticles).</param>
/// <param name="Subjects">Category to subject.</param>
/// <param name="Paused">Whether polling is paused.</param>
/// <param name="PausedBy">Who paused it as the pause said (<c>pausedBy</c>; <c>dev --no-demo</c> for the demo's feeds), or null (an editor who gave no name, or not paused).</param>
/// <param name="PausedAt">When it was paused, or null.</param>
/// <param name="CreatedAt">When it was registered.</param>
/// <param name="Health">Last success, last error, failures, next poll, flagged.</param>
/// <param name="WebSub">The feed's WebSub subscription (hub, state, lease end, last push), or null when it has none.</param>
public sealed record FeedView(
    string Id,
    Uri Url,
    Uri FetchedFrom,
    double PollIntervalMinutes,
    int Urgency,
    string? Language,
    string? Source,
    IReadOnlyDictionary<string, string> Subjects,
    bool Paused,
    string? PausedBy,
    DateTimeOffset? PausedAt,
    DateTimeOffset CreatedAt,
    FeedHealthView Health,
    FeedWebSubView? WebSub = null)
{
    /// <summary>
    /// The view of <paramref name="entry"/> at <paramref name="now"/> with its WebSub <paramref name="subscription"/> (null when it
    /// has none): the one shape of the list, the one-feed view and the answers to adds and changes. The health's last error is
    /// the later of the last failed poll and the last push that was not a feed (<see cref="FeedLastError"/>). A feed is
    /// another's duplicate when it moved to the other's address (its health says so) or, given as
    /// <paramref name="registeredAtOnceWith"/>, when both were registered at one address before address claims existed and
    /// the other, older, holds it (<see cref="FeedDuplicates"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public static FeedView Of(FeedEntry entry, DateTimeOffset now, WebSubSubscription? subscription, string? registeredAtOnceWith = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var (feed, state) = (entry.Registration, entry.State);
        // A resume not yet written to the state (a poll held the lease: FeedResumption) shows as the poll will apply it.
        var health = state.Health.ResumedBy(feed.ResumedAt);
        var polling = FeedPolling.Of(feed, health);
        var lastError = FeedLastError.Of(health, subscription);
        var flood = health.FloodShown(feed.FloodAcknowledgedAt);
        return new FeedView(
            feed.Id, feed.Url, state.Url, feed.Interval.TotalMinutes, feed.Urgency, feed.Language, feed.SourceName, feed.Subjects, feed.Paused, feed.PausedBy, feed.PausedAt, feed.CreatedAt,
            new FeedHealthView(
                health.LastSuccess, lastError.Error, lastError.At, health.ConsecutiveFailures, health.FailingSince, polling.NextPoll,
                health.IsFlagged(now) || (health.AddressHeldBy ?? registeredAtOnceWith) is not null || flood is not null, state.LastStatus == 0 ? null : state.LastStatus, state.Primed,
                polling.State, polling.Words(),
                (health.AddressHeldBy, registeredAtOnceWith) switch
                {
                    ({ } other, _) => $"The feed moved permanently to {ShownUrl.Of(state.Url)}, where feed '{other}' is also registered: both poll the same feed, so remove one of the two (DELETE /api/feeds/{other} or /api/feeds/{feed.Id}).",
                    (_, { } older) => $"Feed '{older}' was registered at this feed's address before this one: both poll the same feed, so remove one of the two (DELETE /api/feeds/{older} or /api/feeds/{feed.Id}).",
                    _ when health.GoneSince is not null => $"The feed answered 410 Gone: it is not polled. If it is back, resume it (PATCH /api/feeds/{feed.Id} {{\"paused\": false}}); otherwise remove it (DELETE /api/feeds/{feed.Id}).",
                    _ when flood is not null => $"{flood.Words}: the newest were alerted, the rest recorded as seen and never alerted. Look at the feed (a CMS fault, rewritten ids, someone else's items), then acknowledge it (PATCH /api/feeds/{feed.Id} {{\"floodAcknowledged\": true}}).",
                    _ => null,
                },
                health.AddressHeldBy ?? registeredAtOnceWith) { FailedItems = health.FailedItems ?? [], GoneSince = health.GoneSince, Flood = flood?.Words, ReadInPart = health.ReadInPart },
            subscription is null ? null : FeedWebSubView.Of(subscription, now));
    }
}
