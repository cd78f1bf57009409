namespace NewsAlerts.Core.Feeds;

/// <summary>
/// A feed's health as editors see it at <c>GET /api/feeds/{id}</c>, so no feed is ever dropped silently.
/// </summary>
/// <param name="LastSuccess">When a poll last succeeded, or null.</param>
/// <param name="LastError">The last error and when it happened, or null; kept after a success so it can be read.</param>
/// <param name="LastErrorAt">When <paramref name="LastError"/> happened.</param>
/// <param name="ConsecutiveFailures">Failed polls since the last success.</param>
/// <param name="FailingSince">When the current run of failures began, or null while the feed is healthy.</param>
/// <param name="NextPoll">When the feed is due next.</param>
public sealed record FeedHealth(
    DateTimeOffset? LastSuccess,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    int ConsecutiveFailures,
    DateTimeOffset? FailingSince,
    DateTimeOffset NextPoll)
{
    /// <summary>
    /// The id of another feed registered at the address a permanent redirect moved this one to, or null: both poll the
    /// same feed, so its items would alert twice until an editor removes one. Polling goes on; each successful poll
    /// tries the claim again, and clears this once the address is this feed's.
    /// </summary>
    public string? AddressHeldBy { get; init; }

    /// <summary>
    /// The items the last successful read could not ingest, with why (one failed alone, or was refused for its text or
    /// for having no id or text: <see cref="FeedArticles.Read"/>; the others alerted), retried at each poll until they go
    /// in; null when every item went in. Kept through a failed poll.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Articles.ArticleFailure>? FailedItems { get; init; }

    /// <summary>
    /// When the feed answered <c>410 Gone</c> (<see cref="PollOutcome.Gone"/>), or null: it is not polled again
    /// (<see cref="NextPoll"/> is <see cref="NotPolled"/>) and is flagged until an editor resumes it
    /// (<c>PATCH {"paused": false}</c>: <see cref="Resumed"/>). Session 43: a feed gone for good was polled for ever.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? GoneSince { get; init; }

    /// <summary>
    /// The last read that brought more new items than <see cref="FeedOptions.MaxNewItemsPerRead"/> (<see cref="FeedFloodCeiling"/>),
    /// or null: kept (<see cref="AfterRead"/>) until an editor acknowledges it or a newer flood replaces it
    /// (<c>PATCH {"floodAcknowledged": true}</c>: <see cref="FloodShown"/>). Trial s45 #1: a flood was silent.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public FeedFlood? Flood { get; init; }

    /// <summary>
    /// What the last successful read could not read of the body, in words, when it read some items but not all (a body cut
    /// at the size limit, XML damaged after some items), or null for a clean read: the items after the damage are not
    /// seen at all, so the health says so (trial s45 #1: 2,659 of 6,000 items read, nothing said why).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? ReadInPart { get; init; }

    /// <summary>The next poll of a feed that is gone: never due (the first day of the year 9999, which a table column still holds).</summary>
    public static readonly DateTimeOffset NotPolled = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How long a feed may fail before it is flagged for an editor.</summary>
    public static readonly TimeSpan FlagAfter = TimeSpan.FromDays(1);

    /// <summary>A feed just registered: due at once.</summary>
    public static FeedHealth New(DateTimeOffset now) => new(null, null, null, 0, null, now);

    /// <summary>Whether the feed is gone (<see cref="GoneSince"/>) or has been failing for <see cref="FlagAfter"/> or longer at <paramref name="now"/>.</summary>
    public bool IsFlagged(DateTimeOffset now) => GoneSince is not null || (FailingSince is { } since && now - since >= FlagAfter);

    /// <summary>
    /// The health of a gone feed an editor resumed at <paramref name="now"/>: due at once, no longer gone; its failures are
    /// kept, so a feed still gone is gone again at that poll, and a success clears them. Unchanged when it was not gone.
    /// </summary>
    public FeedHealth Resumed(DateTimeOffset now) => GoneSince is null ? this : this with { GoneSince = null, NextPoll = now };

    /// <summary>
    /// The health once an editor's resume at <paramref name="resumedAt"/> (<see cref="FeedRegistration.ResumedAt"/>) is
    /// taken into account: a feed gone as of <paramref name="goneAsOf"/> (its <see cref="GoneSince"/>, or the start of the poll
    /// that found the <c>410</c>) is <see cref="Resumed"/> at <paramref name="resumedAt"/> when the resume came at or after
    /// that; otherwise unchanged. So a resume is never lost to a poll holding the lease when it came (session 44): the poll
    /// that ends gone gives way to it, and a view shows it before any poll ran.
    /// </summary>
    public FeedHealth ResumedBy(DateTimeOffset? resumedAt, DateTimeOffset goneAsOf) =>
        GoneSince is not null && resumedAt is { } at && at >= goneAsOf ? Resumed(at) : this;

    /// <summary>The health with a resume at <paramref name="resumedAt"/> taken into account, against its own <see cref="GoneSince"/>: <see cref="ResumedBy(DateTimeOffset?, DateTimeOffset)"/>.</summary>
    public FeedHealth ResumedBy(DateTimeOffset? resumedAt) => GoneSince is { } since ? ResumedBy(resumedAt, since) : this;

    /// <summary>
    /// The health after a poll that ended at <paramref name="now"/>, with the next poll from <see cref="PollSchedule.Next"/>
    /// (a capped exponential backoff after failures, a <c>404</c> among them), or <see cref="NotPolled"/> after a <c>410</c>
    /// (<see cref="PollOutcome.Gone"/>: <see cref="GoneSince"/> set).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public FeedHealth After(PollOutcome outcome, DateTimeOffset now, PollSettings settings)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(settings);
        var failures = outcome.Succeeded ? 0 : ConsecutiveFailures + 1;
        var next = outcome.Gone ? NotPolled : PollSchedule.Next(now, settings, outcome, failures);
        return outcome.Succeeded
            ? this with { LastSuccess = now, ConsecutiveFailures = 0, FailingSince = null, NextPoll = next, FailedItems = outcome.FailedItems, GoneSince = null }
            : this with
            {
                LastError = outcome.Error, LastErrorAt = now, ConsecutiveFailures = failures, FailingSince = FailingSince ?? now, NextPoll = next,
                GoneSince = outcome.Gone ? GoneSince ?? now : null,
            };
    }

    /// <summary>
    /// The health after a read whose items were decided (a poll's <c>200</c> or a push): <paramref name="flood"/> replaces the
    /// last one when there was one; a read within the ceiling keeps the last flood (review of s45: every held-back item is
    /// seen, so the very next read was within the ceiling and the flood vanished before an editor could see it): it shows
    /// until an editor acknowledges it (<see cref="FloodShown"/>); <paramref name="readInPart"/> (the body's first
    /// error when some items were read, null for a clean body) replaces <see cref="ReadInPart"/>. A <c>304</c> reads
    /// nothing and changes neither.
    /// </summary>
    public FeedHealth AfterRead(FeedFlood? flood, string? readInPart) => this with { Flood = flood ?? Flood, ReadInPart = readInPart };

    /// <summary>The flood to show, or null when there is none or an editor acknowledged it at <paramref name="acknowledgedAt"/> or after it.</summary>
    public FeedFlood? FloodShown(DateTimeOffset? acknowledgedAt) => Flood is { } flood && (acknowledgedAt is not { } at || at < flood.At) ? flood : null;

    /// <summary>
    /// The health after a validly signed WebSub push at <paramref name="now"/> that was not a feed
    /// (<see cref="WebSub.WebSubPushVerdict"/>): one more failure (flagged after <see cref="FlagAfter"/> of them, as a poll's),
    /// <paramref name="error"/> as the last error, and the next poll brought forward to <paramref name="now"/> +
    /// <paramref name="soon"/> (the polling floor) when it was later, so a poll reads the truth instead of the feed
    /// looking healthy for the hour of the WebSub fallback (trial r33 #9). The last success is kept.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public FeedHealth AfterBadPush(string error, DateTimeOffset now, TimeSpan soon)
    {
        ArgumentNullException.ThrowIfNull(error);
        var next = now + soon;
        return this with
        {
            LastError = error, LastErrorAt = now, ConsecutiveFailures = ConsecutiveFailures + 1, FailingSince = FailingSince ?? now,
            NextPoll = NextPoll < next ? NextPoll : next,
        };
    }
}
