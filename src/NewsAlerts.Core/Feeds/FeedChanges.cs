namespace NewsAlerts.Core.Feeds;

/// <summary>
/// What an editor sent to add a feed (<c>POST /api/feeds</c>, <see cref="Url"/> required) or change one
/// (<c>PATCH /api/feeds/{id}</c>): each field null when not given.
/// </summary>
/// <param name="Url">The feed's URL (adding only).</param>
/// <param name="Interval">The poll interval.</param>
/// <param name="Urgency">IPTC urgency for the feed's items, 1 to 9.</param>
/// <param name="Language">The fallback language (ISO 639-1, e.g. <c>en</c>).</param>
/// <param name="SourceName">The publisher's name shown in alerts.</param>
/// <param name="Subjects">Category to subject.</param>
/// <param name="Paused">True to pause polling, false to resume (changing only).</param>
public sealed record FeedChanges(
    Uri? Url,
    TimeSpan? Interval,
    int? Urgency,
    string? Language,
    string? SourceName,
    IReadOnlyDictionary<string, string>? Subjects,
    bool? Paused)
{
    /// <summary>Who pauses the feed (with <see cref="Paused"/> true only; changing only): <see cref="FeedRegistration.PausedBy"/>.</summary>
    public string? PausedBy { get; init; }

    /// <summary>True when an editor acknowledges the feed's flood (changing only): <see cref="FeedRegistration.FloodAcknowledgedAt"/>.</summary>
    public bool FloodAcknowledged { get; init; }

    /// <summary>The default poll interval: 5 minutes.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(5);

    /// <summary>The default urgency of a feed's items: 5 (ordinary news, never an SMS by default).</summary>
    public const int DefaultUrgency = 5;

    /// <summary>A new registration with these fields (defaults for the rest).</summary>
    /// <exception cref="InvalidOperationException"><see cref="Url"/> is null.</exception>
    public FeedRegistration Register(string id, DateTimeOffset now) => new(
        id,
        Url ?? throw new InvalidOperationException("A feed needs a URL."),
        Interval ?? DefaultInterval,
        Urgency ?? DefaultUrgency,
        Language,
        SourceName,
        Subjects ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase),
        Paused ?? false,
        now);

    /// <summary>
    /// The registration with the given fields changed and the others kept, at <paramref name="now"/>: a pause records when and
    /// by whom (<see cref="PausedBy"/>, null for an editor who gave no name), a resume (<see cref="Paused"/> false) clears
    /// both and records <see cref="FeedRegistration.ResumedAt"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="feed"/> is null.</exception>
    public FeedRegistration ApplyTo(FeedRegistration feed, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var paused = Paused switch
        {
            true => feed with { PausedBy = PausedBy, PausedAt = now },
            false => feed with { PausedBy = null, PausedAt = null, ResumedAt = now },
            null => feed,
        };
        return paused with
        {
            FloodAcknowledgedAt = FloodAcknowledged ? now : feed.FloodAcknowledgedAt,
            Interval = Interval ?? feed.Interval,
            Urgency = Urgency ?? feed.Urgency,
            Language = Language ?? feed.Language,
            SourceName = SourceName ?? feed.SourceName,
            Subjects = Subjects ?? feed.Subjects,
            Paused = Paused ?? feed.Paused,
        };
    }
}
