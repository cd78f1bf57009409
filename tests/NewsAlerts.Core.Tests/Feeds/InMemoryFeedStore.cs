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

    public int Releases => Volatile.Read(ref releases);

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

    public Task<IReadOnlyList<DueFeed>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref dueQueries);
        return Task.FromResult<IReadOnlyList<DueFeed>>([.. feeds.Values
            .Where(f => f.State.Health.NextPoll <= now && f.LeaseUntil <= now && !f.Feed.Paused)
            .OrderBy(f => f.State.Health.NextPoll)
            .Take(max)
            .Select(f => new DueFeed(f.Feed, f.State))]);
    }

    public Task<FeedLease?> TryLeaseAsync(string id, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
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
