namespace NewsAlerts.Core.Feeds;

using NewsAlerts.Core.Feeds.WebSub;
using NewsAlerts.Core.Identity;
using NewsAlerts.Core.Ports;

/// <summary>
/// Registers an editor's feed only if it can work: the URL passes the <see cref="FeedUrlGuard"/>, one fetch of it
/// (the poller's rules: each redirect checked, the same <c>User-Agent</c>, one request at a time per host, a short
/// timeout) reads a feed (<see cref="FeedProbeVerdict"/>), and no feed has its address yet: asked before the fetch
/// (<see cref="IFeedStore.HolderAsync"/>, so a duplicate whose URL no longer answers is still named) and kept true under
/// concurrent registrations by <see cref="IFeedStore.AddAsync"/>.
/// The items of that read are the feed's baseline (<see cref="FeedBaseline"/>): stored as seen, with the read's
/// validators, so the first poll alerts what appeared since. A feed that names a WebSub hub in that read (its
/// <c>Link</c> headers or only its body) is subscribed then (<see cref="WebSubSubscriptions.EnsureAsync"/>), not at its
/// next read of a body: the polls after a registration are mostly 304s, which carry none.
/// </summary>
/// <param name="store">The registry.</param>
/// <param name="probe">A fetcher with the registration's short timeout (<see cref="FeedOptions.RegistrationTimeoutSeconds"/>).</param>
/// <param name="guard">The address guard polling uses.</param>
/// <param name="time">The clock for the feed's id and creation time.</param>
/// <param name="seenItemsPerFeed">The most items a baseline keeps (<see cref="FeedOptions.SeenItemsPerFeed"/>).</param>
/// <param name="webSub">Subscribes a feed whose read names a hub; null without WebSub.</param>
public sealed class FeedRegistrar(
    IFeedStore store, IFeedFetcher probe, FeedUrlGuard guard, TimeProvider time, int seenItemsPerFeed = 500, WebSubSubscriptions? webSub = null,
    TimeSpan? subscribeTimeout = null)
{
    /// <summary>
    /// How long the hub subscription at registration may take when no other is given (5 s): the editor waits for it, and
    /// a subscription not made then is made by the feed's next poll that reads the hub.
    /// </summary>
    public static readonly TimeSpan DefaultSubscribeTimeout = TimeSpan.FromSeconds(5);


    /// <summary>Registers the feed <paramref name="changes"/> describe, or says why not.</summary>
    /// <param name="changes">A valid add request (<see cref="FeedRequestParser"/> with adding), its URL set.</param>
    /// <param name="cancellationToken">Cancels the check and the write.</param>
    /// <exception cref="ArgumentException"><paramref name="changes"/> has no URL.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<FeedRegistrationOutcome> RegisterAsync(FeedChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var url = changes.Url ?? throw new ArgumentException("A feed to register needs a URL.", nameof(changes));
        if (await guard.RefusalAsync(url, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            return FeedRegistrationOutcome.Refused(refusal);
        }

        // Before the fetch: a duplicate is named (409) even when its URL no longer answers or no longer reads as a feed.
        if (await store.HolderAsync(url, cancellationToken).ConfigureAwait(false) is { } registered)
        {
            return FeedRegistrationOutcome.Taken(registered);
        }

        var fetch = await probe.FetchAsync(url, FeedValidators.None, cancellationToken).ConfigureAwait(false);
        if (FeedProbeVerdict.Refusal(fetch) is { } notAFeed)
        {
            return FeedRegistrationOutcome.Refused(notAFeed);
        }

        var now = time.GetUtcNow();
        var feed = changes.Register(SortableId.New(now), now);

        // Polling starts where the URL's permanent redirects lead, and that address is claimed too: the same feed
        // registered by its old and its new URL would alert twice.
        var pollFrom = fetch.PermanentlyMovedTo ?? url;
        var state = FeedBaseline.State(pollFrom, fetch, now);
        var baseline = fetch.Document is { } document ? FeedBaseline.Of(document, feed.Defaults(pollFrom), now, seenItemsPerFeed) : [];

        // The baseline is written before the feed exists (under its new id nobody polls yet), so a feed is never primed
        // without its history: a crash in between leaves only an unreachable history row.
        if (baseline.Count > 0)
        {
            await store.SaveSeenAsync(feed.Id, baseline, cancellationToken).ConfigureAwait(false);
        }

        string? holder;
        try
        {
            holder = await store.AddAsync(feed, state, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await ForgetAsync(feed.Id, baseline).ConfigureAwait(false);
            throw;
        }

        if (holder is not null)
        {
            await ForgetAsync(feed.Id, baseline).ConfigureAwait(false);
            return FeedRegistrationOutcome.Taken(holder);
        }

        await SubscribeAsync(feed, fetch, cancellationToken).ConfigureAwait(false);
        return FeedRegistrationOutcome.Of(new FeedEntry(feed, state));
    }

    // The feed exists (the hub's verification finds it). WebSub trouble never fails the registration: the feed is polled
    // at its own interval, and its next read that names the hub subscribes it.
    private async Task SubscribeAsync(FeedRegistration feed, FeedFetch fetch, CancellationToken cancellationToken)
    {
        if (webSub is null || feed.Paused || WebSubDiscovery.Of(fetch) is not { } discovered)
        {
            return;
        }

        // Its own short timeout, on the real clock (a hub that does not answer must not hold the editor's request until
        // the request's own timeout); the poll that next reads the hub subscribes the feed.
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(subscribeTimeout ?? DefaultSubscribeTimeout);
        try
        {
            await webSub.EnsureAsync(feed.Id, discovered, bounded.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // See above.
        }
    }

    // Removes the baseline of a feed that was not added (best effort: an unreachable row is harmless).
    private async Task ForgetAsync(string feedId, IReadOnlyList<SeenItem> baseline)
    {
        if (baseline.Count == 0)
        {
            return;
        }

        try
        {
            await store.DeleteAsync(feedId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The add's own outcome or exception is what the editor hears.
        }
    }
}
