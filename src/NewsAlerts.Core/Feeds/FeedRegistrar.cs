namespace NewsAlerts.Core.Feeds;

using NewsAlerts.Core.Identity;
using NewsAlerts.Core.Ports;

/// <summary>
/// Registers an editor's feed only if it can work: the URL passes the <see cref="FeedUrlGuard"/>, one fetch of it
/// (the poller's rules: each redirect checked, the same <c>User-Agent</c>, one request at a time per host, a short
/// timeout) reads a feed (<see cref="FeedProbeVerdict"/>), and no feed has its address yet: asked before the fetch
/// (<see cref="IFeedStore.HolderAsync"/>, so a duplicate whose URL no longer answers is still named) and kept true under
/// concurrent registrations by <see cref="IFeedStore.AddAsync"/>.
/// </summary>
/// <param name="store">The registry.</param>
/// <param name="probe">A fetcher with the registration's short timeout (<see cref="FeedOptions.RegistrationTimeoutSeconds"/>).</param>
/// <param name="guard">The address guard polling uses.</param>
/// <param name="time">The clock for the feed's id and creation time.</param>
public sealed class FeedRegistrar(IFeedStore store, IFeedFetcher probe, FeedUrlGuard guard, TimeProvider time)
{
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
        var state = FeedState.New(fetch.PermanentlyMovedTo ?? url, now);
        return await store.AddAsync(feed, state, cancellationToken).ConfigureAwait(false) is { } holder
            ? FeedRegistrationOutcome.Taken(holder)
            : FeedRegistrationOutcome.Of(new FeedEntry(feed, state));
    }
}
