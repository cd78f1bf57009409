namespace NewsAlerts.Core.Ports;

using NewsAlerts.Core.Feeds;

/// <summary>The feed registry, each feed's polling state with its lease, and each feed's item history.</summary>
public interface IFeedStore
{
    /// <summary>
    /// Stores a new feed with its first state unless a feed already has its address: the registration's URL or the
    /// state's (where the URL's permanent redirects lead), compared as <see cref="FeedAddress.Normalise"/> spells them.
    /// Of two adds of one address at once, one stores and the other answers the first's id. Removing a feed
    /// (<see cref="DeleteAsync"/>) frees its addresses.
    /// </summary>
    /// <returns>Null when stored; otherwise the id of the feed that has the address.</returns>
    Task<string?> AddAsync(FeedRegistration feed, FeedState state, CancellationToken cancellationToken);

    /// <summary>
    /// The id of the feed that has <paramref name="url"/>'s address (<see cref="FeedAddress.Normalise"/>: its registered
    /// URL, where it is fetched now, or an address it moved from), or null when no registered feed has it: registration
    /// asks before it fetches the URL, so a duplicate is named even when its URL no longer answers. A store without
    /// address claims answers from its feeds' registered and fetched addresses (this default); <see cref="AddAsync"/>
    /// stays the rule's keeper under concurrent registrations.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="url"/> is relative.</exception>
    async Task<string?> HolderAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var feeds = await ListAsync(cancellationToken).ConfigureAwait(false);
        return feeds.FirstOrDefault(f => FeedAddress.Same(f.Registration.Url, url) || FeedAddress.Same(f.State.Url, url))?.Registration.Id;
    }

    /// <summary>
    /// Claims <paramref name="url"/>'s address for feed <paramref name="id"/> (a permanent redirect moved it there), as
    /// <see cref="AddAsync"/> claims a new feed's, at <paramref name="now"/>. Removing the feed frees it.
    /// </summary>
    /// <returns>Null when the address is the feed's (claimed now or before); otherwise the id of the feed that has it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="url"/> is relative.</exception>
    async Task<string?> ClaimAddressAsync(string id, Uri url, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(url);
        var feeds = await ListAsync(cancellationToken).ConfigureAwait(false);
        return feeds.FirstOrDefault(f => f.Registration.Id != id && (FeedAddress.Same(f.Registration.Url, url) || FeedAddress.Same(f.State.Url, url)))?.Registration.Id;
    }

    /// <summary>
    /// Readies the store once per instance before its feeds are registered or claimed (a one-time migration such as the
    /// address claims of feeds registered before claims existed); idempotent, and safe on several instances at once.
    /// Run at start-up in the background (<c>FeedStorePreparation</c>); a call that comes before it ends waits for the
    /// same run. This default has nothing to do.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the run goes on for others).</exception>
    Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The feed with its state, or null when there is none with <paramref name="id"/>.</summary>
    Task<FeedEntry?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every feed with its state, oldest first.</summary>
    Task<IReadOnlyList<FeedEntry>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Replaces a feed's registration; false when the feed is gone.</summary>
    Task<bool> SaveAsync(FeedRegistration feed, CancellationToken cancellationToken);

    /// <summary>Removes a feed, its state, its history and its address claims (not its WebSub subscription: see <see cref="IWebSubStore"/>); false when there was none.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="max"/> feeds due at <paramref name="now"/>, not leased and not paused, most overdue first, each
    /// with its registration: the poller asks once per run (<see cref="Feeds.FeedPoller.PollDueAsync"/>), and paused feeds
    /// are left out by the query itself, not read and skipped.
    /// </summary>
    Task<IReadOnlyList<DueFeed>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the feed's lease until <paramref name="now"/> + <paramref name="duration"/>, or null when the feed is not
    /// due, another instance holds it or took it first, or the feed is gone: one instance polls a feed at a time, and a
    /// feed just polled by another is not polled again before its next poll.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; a lease the store
    /// took all the same (its write had gone out) was given back unchanged (best effort), so it does not wait to lapse.</exception>
    Task<FeedLease?> TryLeaseAsync(string id, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the leases of several feeds (a host's batch, <see cref="FeedLeaseBatch"/>), each as <see cref="TryLeaseAsync"/>
    /// takes one (its own row, its own expiry): the leases taken, in the order of <paramref name="ids"/>; a feed not due,
    /// held elsewhere or gone is left out. A store may take them concurrently (one round trip of waiting, not one per
    /// feed); this default takes them one after another.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the leases taken were given back unchanged.</exception>
    /// <remarks>When the store fails part way, the leases already taken are given back unchanged (best effort) and its exception is thrown.</remarks>
    async Task<IReadOnlyList<FeedLease>> TryLeaseManyAsync(IReadOnlyList<string> ids, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var leases = new List<FeedLease>(ids.Count);
        try
        {
            foreach (var id in ids)
            {
                if (await TryLeaseAsync(id, now, duration, cancellationToken).ConfigureAwait(false) is { } lease)
                {
                    leases.Add(lease);
                }
            }

            return leases;
        }
        catch
        {
            await FeedLeaseBatch.GiveBackAsync(this, leases).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Saves the state after a poll and ends the lease, and with <paramref name="seen"/> replaces the item history in the same
    /// write (both or neither: one transaction of the feed's partition); false when the lease was lost (lapsed and taken)
    /// or the feed removed, and then neither is saved. Null <paramref name="seen"/> leaves the history as it is.
    /// </summary>
    Task<bool> ReleaseAsync(FeedLease lease, FeedState state, IReadOnlyList<SeenItem>? seen, CancellationToken cancellationToken);

    /// <summary>
    /// Changes the feed's state outside a poll (a WebSub push that was not a feed: <see cref="Feeds.WebSub.WebSubPushFailures"/>)
    /// by <paramref name="change"/>, written only if the row is unchanged since it was read (its concurrency token); false,
    /// and nothing written, when the feed is gone, a poll holds its lease at <paramref name="now"/> (the poll saves what it
    /// reads, which is the truth) or the row changed meanwhile.
    /// </summary>
    Task<bool> TryChangeUnleasedAsync(string id, DateTimeOffset now, Func<FeedState, FeedState> change, CancellationToken cancellationToken);

    /// <summary>The feed's item history, oldest first; empty for a feed never read.</summary>
    Task<IReadOnlyList<SeenItem>> SeenAsync(string id, CancellationToken cancellationToken);

    /// <summary>Replaces the feed's item history outside any lease (a WebSub push); a poll saves it with its state (<see cref="ReleaseAsync"/>).</summary>
    Task SaveSeenAsync(string id, IReadOnlyList<SeenItem> seen, CancellationToken cancellationToken);
}
