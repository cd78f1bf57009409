namespace NewsAlerts.Benchmarks.Feeds;

using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Ports;

/// <summary>
/// The feed registry in memory, with the table store's lease rules (due and not leased; the state saved only under
/// its lease), safe for the poller's parallel hosts: the benchmark measures polling, not Azurite.
/// </summary>
internal sealed class MemoryFeedRegistry : IFeedStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (FeedRegistration Feed, FeedState State, DateTimeOffset LeaseUntil, string Token)> feeds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<SeenItem>> seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> calls = new(StringComparer.Ordinal);

    /// <summary>How many calls of each kind the store answered since the last call (each would be a round trip to Table storage), and a fresh start.</summary>
    public IReadOnlyDictionary<string, int> TakeCalls()
    {
        lock (gate)
        {
            var taken = new Dictionary<string, int>(calls, StringComparer.Ordinal);
            calls.Clear();
            return taken;
        }
    }

    private void Count(string call) => calls[call] = calls.GetValueOrDefault(call) + 1;

    // Each benchmark feed has its own address, so the registry's refusal of a second spelling never applies here.
    public Task<string?> AddAsync(FeedRegistration feed, FeedState state, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            feeds[feed.Id] = (feed, state, DateTimeOffset.MinValue, Guid.NewGuid().ToString());
        }

        return Task.FromResult<string?>(null);
    }

    public Task<FeedEntry?> GetAsync(string id, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            Count("get");
            return Task.FromResult(feeds.TryGetValue(id, out var f) ? new FeedEntry(f.Feed, f.State) : null);
        }
    }

    public Task<IReadOnlyList<FeedEntry>> ListAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<FeedEntry>>([.. feeds.Values.Select(f => new FeedEntry(f.Feed, f.State))]);
        }
    }

    public Task<bool> SaveAsync(FeedRegistration feed, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!feeds.TryGetValue(feed.Id, out var f))
            {
                return Task.FromResult(false);
            }

            feeds[feed.Id] = f with { Feed = feed };
            return Task.FromResult(true);
        }
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(feeds.Remove(id) | seen.Remove(id));
        }
    }

    public Task<IReadOnlyList<DueFeed>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            Count("due");
            return Task.FromResult<IReadOnlyList<DueFeed>>([.. feeds.Values
                .Where(f => f.State.Health.NextPoll <= now && f.LeaseUntil <= now && !f.Feed.Paused)
                .OrderBy(f => f.State.Health.NextPoll)
                .Take(max)
                .Select(f => new DueFeed(f.Feed, f.State))]);
        }
    }

    public Task<FeedLease?> TryLeaseAsync(string id, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            Count("lease");
            if (!feeds.TryGetValue(id, out var f) || f.LeaseUntil > now || f.State.Health.NextPoll > now)
            {
                return Task.FromResult<FeedLease?>(null);
            }

            var token = Guid.NewGuid().ToString();
            feeds[id] = f with { LeaseUntil = now + duration, Token = token };
            return Task.FromResult<FeedLease?>(new FeedLease(id, now + duration, f.State, token));
        }
    }

    public Task<bool> ReleaseAsync(FeedLease lease, FeedState state, IReadOnlyList<SeenItem>? seen, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            Count("release");
            if (!feeds.TryGetValue(lease.FeedId, out var f) || f.Token != lease.Token)
            {
                return Task.FromResult(false);
            }

            feeds[lease.FeedId] = f with { State = state, LeaseUntil = DateTimeOffset.MinValue, Token = Guid.NewGuid().ToString() };
            if (seen is not null)
            {
                // One transaction with the state in Table storage: no round trip of its own.
                this.seen[lease.FeedId] = seen;
            }

            return Task.FromResult(true);
        }
    }

    public Task<bool> TryChangeUnleasedAsync(string id, DateTimeOffset now, Func<FeedState, FeedState> change, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!feeds.TryGetValue(id, out var f) || f.LeaseUntil > now)
            {
                return Task.FromResult(false);
            }

            feeds[id] = f with { State = change(f.State), Token = Guid.NewGuid().ToString() };
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<SeenItem>> SeenAsync(string id, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            Count("seen read");
            return Task.FromResult(seen.TryGetValue(id, out var s) ? s : []);
        }
    }

    public Task SaveSeenAsync(string id, IReadOnlyList<SeenItem> seen, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            Count("seen write");
            this.seen[id] = seen;
        }

        return Task.CompletedTask;
    }
}
