namespace NewsAlerts.Core.Feeds;

/// <summary>What polling keeps for a feed between polls.</summary>
/// <param name="Url">Where the feed is fetched: the registered URL, or where a permanent redirect (301, 308) moved it.</param>
/// <param name="Validators">The conditional-request validators of the last response.</param>
/// <param name="Health">Last success, last error, failures, next poll.</param>
/// <param name="Primed">
/// True from registration when the registration's read was stored as the feed's baseline (<see cref="FeedBaseline"/>); a feed
/// registered before baselines existed is false until its first successful read, whose items are recorded without alerting.
/// </param>
/// <param name="LastStatus">The HTTP status of the last response (0 when none came), for editors.</param>
public sealed record FeedState(Uri Url, FeedValidators Validators, FeedHealth Health, bool Primed, int LastStatus)
{
    /// <summary>A feed just registered at <paramref name="url"/>: due at <paramref name="now"/>.</summary>
    public static FeedState New(Uri url, DateTimeOffset now) => new(url, FeedValidators.None, FeedHealth.New(now), false, 0);

    /// <summary>
    /// The state after a poll that ended at <paramref name="now"/>: the health and next poll from <paramref name="outcome"/>;
    /// after a success, validators updated each on its own, the URL moved by a permanent redirect, primed once a feed was
    /// read. A failed poll keeps validators and URL: an error page's <c>ETag</c> would make the next poll a <c>304</c>
    /// that reads nothing, and a redirect to something that is not a feed must not replace the feed's address. A success
    /// with items that failed alone (<see cref="PollOutcome.FailedItems"/>) keeps the validators too: with the new ones the
    /// next poll would be a <c>304</c> and the failed items, left out of the history to be retried, would wait for the
    /// feed's next change (issue 18: found on the real feed server, which answers validators as a newsroom's does).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public FeedState After(FeedFetch fetch, PollOutcome outcome, DateTimeOffset now, PollSettings settings)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(settings);
        return new FeedState(
            outcome.Succeeded ? fetch.PermanentlyMovedTo ?? Url : Url,
            outcome.Succeeded && outcome.FailedItems is not { Count: > 0 } ? Validators.After(fetch.Status, fetch.ETag, fetch.LastModified) : Validators,
            Health.After(outcome, now, settings),
            Primed || (outcome.Succeeded && fetch.Status == 200),
            fetch.Status);
    }

    /// <summary>
    /// The state after a WebSub push read at <paramref name="now"/> whose items <paramref name="read"/> (every item id the
    /// body held, ingested or not) were decided, <paramref name="failed"/> of them not ingested (refused for their text, or
    /// failed alone): recorded in <see cref="FeedHealth.FailedItems"/> as a poll records its own (before, only the next poll
    /// named them). A pushed body may hold only the newest items, so an earlier failure the push did not hold stays named;
    /// one it held is replaced by this push's verdict. With failures the validators are dropped and the next poll brought
    /// forward to <paramref name="now"/> + <paramref name="soon"/> (the floor) when it was later: the next poll then reads the
    /// feed in full (no <c>304</c>) and retries them, as a poll that had failures keeps its old validators for the same reason.
    /// Without failures only the named items the push held are cleared.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public FeedState AfterPush(IReadOnlyCollection<string> read, IReadOnlyList<Articles.ArticleFailure> failed, DateTimeOffset now, TimeSpan soon)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(failed);
        var held = read.ToHashSet(StringComparer.Ordinal);
        var kept = (Health.FailedItems ?? []).Where(f => !held.Contains(f.ArticleId) && failed.All(n => n.ArticleId != f.ArticleId));
        var named = (IReadOnlyList<Articles.ArticleFailure>)[.. kept, .. failed];
        var health = Health with { FailedItems = named.Count > 0 ? named : null };
        if (failed.Count == 0)
        {
            return this with { Health = health };
        }

        var next = now + soon;
        return this with { Validators = FeedValidators.None, Health = health with { NextPoll = Health.NextPoll < next ? Health.NextPoll : next } };
    }
}
