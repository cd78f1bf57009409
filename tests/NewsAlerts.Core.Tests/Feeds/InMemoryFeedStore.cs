namespace NewsAlerts.Core.Tests.Feeds;

using System.Collections.Concurrent;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Ports;

/// <summary>A feed store in memory with the table store's lease rules (due and not leased; the state saved only under the lease); safe for the poller's lanes and ingestions at once.</summary>
internal sealed class InMemoryFeedStore : IFeedStore
{
    private readonly ConcurrentDictionary<string, (FeedRegistration Feed, FeedState State, DateTimeOffset LeaseUntil, string Token)> feeds = [];
    private readonly ConcurrentDictionary<string, IReadOnlyList<SeenItem>> seen = [];
    private int releases;
    private int dueQueries;
    private int gets;
    private int seenWrites;

    private int leaseCalls;
    private int singleLeases;
    private TaskCompletionSource? dueHeld;
    private int dueHeldFor;

    public int Releases => Volatile.Read(ref releases);

    /// <summary>How many times <see cref="TryLeaseManyAsync"/> was asked (one per host batch).</summary>
    public int LeaseCalls => Volatile.Read(ref leaseCalls);

    /// <summary>How many times <see cref="TryLeaseAsync"/> was asked from outside a batch (a single poll, a lease taken again alone).</summary>
    public int SingleLeases => Volatile.Read(ref singleLeases);

    /// <summary>Holds every due query's answer until <paramref name="queries"/> have been asked (two instances that both read the same due feeds).</summary>
    public void HoldDueAnswersUntil(int queries)
    {
        dueHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        dueHeldFor = queries;
    }

    /// <summary>How many times <see cref="DueAsync"/> was asked.</summary>
    public int DueQueries => Volatile.Read(ref dueQueries);

    /// <summary>How many times <see cref="GetAsync"/> was asked.</summary>
    public int Gets => Volatile.Read(ref gets);

    /// <summary>How many history writes were made (with a release or alone).</summary>
    public int SeenWrites => Volatile.Read(ref seenWrites);

    public Task<string?> AddAsync(FeedRegistration feed, FeedState state, CancellationToken cancellationToken)
    {
        lock (feeds)
        {
            var holder = feeds.Values.FirstOrDefault(f =>
                FeedAddress.Same(f.Feed.Url, feed.Url) || FeedAddress.Same(f.State.Url, feed.Url)
                || FeedAddress.Same(f.Feed.Url, state.Url) || FeedAddress.Same(f.State.Url, state.Url));
            if (holder.Feed is not null)
            {
                return Task.FromResult<string?>(holder.Feed.Id);
            }

            feeds[feed.Id] = (feed, state, DateTimeOffset.MinValue, Guid.NewGuid().ToString());
            return Task.FromResult<string?>(null);
        }
    }

    public Task<FeedEntry?> GetAsync(string id, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref gets);
        return Task.FromResult(feeds.TryGetValue(id, out var f) ? new FeedEntry(f.Feed, f.State) : null);
    }

    public Task<IReadOnlyList<FeedEntry>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FeedEntry>>([.. feeds.Values.Select(f => new FeedEntry(f.Feed, f.State))]);

    public Task<bool> SaveAsync(FeedRegistration feed, CancellationToken cancellationToken)
    {
        if (!feeds.TryGetValue(feed.Id, out var f))
        {
            return Task.FromResult(false);
        }

        feeds[feed.Id] = f with { Feed = feed };
        return Task.FromResult(true);
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => Task.FromResult(feeds.TryRemove(id, out _) | seen.TryRemove(id, out _));

    public async Task<IReadOnlyList<DueFeed>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var asked = Interlocked.Increment(ref dueQueries);
        IReadOnlyList<DueFeed> due = [.. feeds.Values
            .Where(f => f.State.Health.NextPoll <= now && f.LeaseUntil <= now && !f.Feed.Paused)
            .OrderBy(f => f.State.Health.NextPoll)
            .Take(max)
            .Select(f => new DueFeed(f.Feed, f.State))];
        if (dueHeld is { } held)
        {
            if (asked >= dueHeldFor)
            {
                held.TrySetResult();
            }

            await held.Task.WaitAsync(cancellationToken);
        }

        return due;
    }

    public Task<FeedLease?> TryLeaseAsync(string id, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref singleLeases);
        return LeaseAsync(id, now, duration);
    }

    // The feed's lease as the table store takes it: one instance at a time (a conditional write of the feed's row).
    public async Task<IReadOnlyList<FeedLease>> TryLeaseManyAsync(IReadOnlyList<string> ids, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref leaseCalls);
        var leases = new List<FeedLease>();
        foreach (var id in ids)
        {
            if (await LeaseAsync(id, now, duration) is { } lease)
            {
                leases.Add(lease);
            }
        }

        return leases;
    }

    private Task<FeedLease?> LeaseAsync(string id, DateTimeOffset now, TimeSpan duration)
    {
        lock (feeds)
        {
            return LeaseLocked(id, now, duration);
        }
    }

    private Task<FeedLease?> LeaseLocked(string id, DateTimeOffset now, TimeSpan duration)
    {
        if (!feeds.TryGetValue(id, out var f) || f.LeaseUntil > now || f.State.Health.NextPoll > now)
        {
            return Task.FromResult<FeedLease?>(null);
        }

        var token = Guid.NewGuid().ToString();
        feeds[id] = f with { LeaseUntil = now + duration, Token = token };
        return Task.FromResult<FeedLease?>(new FeedLease(id, now + duration, f.State, token));
    }

    public Task<bool> ReleaseAsync(FeedLease lease, FeedState state, IReadOnlyList<SeenItem>? items, CancellationToken cancellationToken)
    {
        lock (feeds)
        {
            return ReleaseLocked(lease, state, items);
        }
    }

    private Task<bool> ReleaseLocked(FeedLease lease, FeedState state, IReadOnlyList<SeenItem>? items)
    {
        if (!feeds.TryGetValue(lease.FeedId, out var f) || f.Token != lease.Token)
        {
            return Task.FromResult(false);
        }

        feeds[lease.FeedId] = f with { State = state, LeaseUntil = DateTimeOffset.MinValue, Token = Guid.NewGuid().ToString() };
        if (items is not null)
        {
            seen[lease.FeedId] = items;
            Interlocked.Increment(ref seenWrites);
        }

        Interlocked.Increment(ref releases);
        return Task.FromResult(true);
    }

    public Task<bool> TryChangeUnleasedAsync(string id, DateTimeOffset now, Func<FeedState, FeedState> change, CancellationToken cancellationToken)
    {
        if (!feeds.TryGetValue(id, out var f) || f.LeaseUntil > now)
        {
            return Task.FromResult(false);
        }

        feeds[id] = f with { State = change(f.State), Token = Guid.NewGuid().ToString() };
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<SeenItem>> SeenAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(seen.TryGetValue(id, out var s) ? s : []);

    public Task SaveSeenAsync(string id, IReadOnlyList<SeenItem> items, CancellationToken cancellationToken)
    {
        seen[id] = items;
        Interlocked.Increment(ref seenWrites);
        return Task.CompletedTask;
    }
}
