namespace NewsAlerts.Benchmarks.Feeds;

using System.Collections.Concurrent;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Ports;

/// <summary>
/// The feed registry in memory, with the table store's lease rules (due and not leased; the state saved only under
/// its lease), safe for the poller's parallel hosts: the benchmark measures polling, not Azurite.
/// </summary>
/// <remarks>
/// Each feed is its own entry with its own lock, and the feeds are a concurrent dictionary: requests for different
/// feeds never wait for each other, as Table storage does not serialise requests to different entities (each feed is
/// its own entity; a lease is a conditional update of that entity alone, by ETag). One lock for every feed, as this
/// stand-in had before, made the poller's lanes queue behind each other's lease and release calls (7-11 % of the
/// process's CPU in the lock in the CPU trace of session 33), a cost production does not have; this is the faithful
/// stand-in, not an easier benchmark: the same calls are made and counted, one per round trip production would make.
/// </remarks>
internal sealed class MemoryFeedRegistry : IFeedStore
{
    // A new concurrency token for each write of an entity, as Table storage gives each write a new ETag: a counter, not a
    // Guid, whose random bytes cost a system call per lease and per release (s36 trace) that the table store does not make.
    private static long tokens;

    private readonly ConcurrentDictionary<string, Entry> feeds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<SeenItem>> seen = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Counter> calls = new(StringComparer.Ordinal);

    /// <summary>How many calls of each kind the store answered since the last call (each would be a round trip to Table storage), and a fresh start.</summary>
    public IReadOnlyDictionary<string, int> TakeCalls()
    {
        var taken = Interlocked.Exchange(ref calls, new ConcurrentDictionary<string, Counter>(StringComparer.Ordinal));
        return taken.ToDictionary(c => c.Key, c => c.Value.Value, StringComparer.Ordinal);
    }

    private static string NextToken() => Interlocked.Increment(ref tokens).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void Count(string call) => Volatile.Read(ref calls).GetOrAdd(call, _ => new Counter()).Add();

    // Each benchmark feed has its own address, so the registry's refusal of a second spelling never applies here.
    public Task<string?> AddAsync(FeedRegistration feed, FeedState state, CancellationToken cancellationToken)
    {
        feeds[feed.Id] = new Entry(feed, state);
        return Task.FromResult<string?>(null);
    }

    public Task<FeedEntry?> GetAsync(string id, CancellationToken cancellationToken)
    {
        Count("get");
        if (!feeds.TryGetValue(id, out var f))
        {
            return Task.FromResult<FeedEntry?>(null);
        }

        lock (f)
        {
            return Task.FromResult<FeedEntry?>(new FeedEntry(f.Feed, f.State));
        }
    }

    public Task<IReadOnlyList<FeedEntry>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FeedEntry>>([.. feeds.Values.Select(f =>
        {
            lock (f)
            {
                return new FeedEntry(f.Feed, f.State);
            }
        })]);

    public Task<bool> SaveAsync(FeedRegistration feed, CancellationToken cancellationToken)
    {
        if (!feeds.TryGetValue(feed.Id, out var f))
        {
            return Task.FromResult(false);
        }

        lock (f)
        {
            f.Feed = feed;
        }

        return Task.FromResult(true);
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(feeds.TryRemove(id, out _) | seen.TryRemove(id, out _));

    public Task<IReadOnlyList<DueFeed>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        Count("due");
        var due = new List<(DateTimeOffset NextPoll, DueFeed Feed)>();
        foreach (var f in feeds.Values)
        {
            lock (f)
            {
                if (f.State.Health.NextPoll <= now && f.LeaseUntil <= now && !f.Feed.Paused)
                {
                    due.Add((f.State.Health.NextPoll, new DueFeed(f.Feed, f.State)));
                }
            }
        }

        return Task.FromResult<IReadOnlyList<DueFeed>>([.. due.OrderBy(d => d.NextPoll).Take(max).Select(d => d.Feed)]);
    }

    public Task<FeedLease?> TryLeaseAsync(string id, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        Count("lease call");
        return Task.FromResult(Lease(id, now, duration));
    }

    // A host batch's leases in one call, as the table store takes them (each feed's own conditional write, sent at once):
    // one "lease call" the lane waits for, and one "lease" per feed, each a round trip to Table storage in production.
    public Task<IReadOnlyList<FeedLease>> TryLeaseManyAsync(IReadOnlyList<string> ids, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        Count("lease call");
        var leases = new List<FeedLease>(ids.Count);
        foreach (var id in ids)
        {
            if (Lease(id, now, duration) is { } lease)
            {
                leases.Add(lease);
            }
        }

        return Task.FromResult<IReadOnlyList<FeedLease>>(leases);
    }

    private FeedLease? Lease(string id, DateTimeOffset now, TimeSpan duration)
    {
        Count("lease");
        if (!feeds.TryGetValue(id, out var f))
        {
            return null;
        }

        lock (f)
        {
            if (f.LeaseUntil > now || f.State.Health.NextPoll > now)
            {
                return null;
            }

            f.Token = NextToken();
            f.LeaseUntil = now + duration;
            return new FeedLease(id, now + duration, f.State, f.Token);
        }
    }

    public Task<bool> ReleaseAsync(FeedLease lease, FeedState state, IReadOnlyList<SeenItem>? seen, CancellationToken cancellationToken)
    {
        Count("release");
        if (!feeds.TryGetValue(lease.FeedId, out var f))
        {
            return Task.FromResult(false);
        }

        lock (f)
        {
            if (f.Token != lease.Token)
            {
                return Task.FromResult(false);
            }

            f.State = state;
            f.LeaseUntil = DateTimeOffset.MinValue;
            f.Token = NextToken();
            if (seen is not null)
            {
                // One transaction with the state in Table storage: no round trip of its own.
                this.seen[lease.FeedId] = seen;
            }
        }

        return Task.FromResult(true);
    }

    public Task<bool> TryChangeUnleasedAsync(string id, DateTimeOffset now, Func<FeedState, FeedState> change, CancellationToken cancellationToken)
    {
        if (!feeds.TryGetValue(id, out var f))
        {
            return Task.FromResult(false);
        }

        lock (f)
        {
            if (f.LeaseUntil > now)
            {
                return Task.FromResult(false);
            }

            f.State = change(f.State);
            f.Token = NextToken();
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<SeenItem>> SeenAsync(string id, CancellationToken cancellationToken)
    {
        Count("seen read");
        return Task.FromResult(seen.TryGetValue(id, out var s) ? s : []);
    }

    public Task SaveSeenAsync(string id, IReadOnlyList<SeenItem> seen, CancellationToken cancellationToken)
    {
        Count("seen write");
        this.seen[id] = seen;
        return Task.CompletedTask;
    }

    // One feed's entity: its registration, state and lease, changed only under its own lock.
    private sealed class Entry(FeedRegistration feed, FeedState state)
    {
        public FeedRegistration Feed { get; set; } = feed;

        public FeedState State { get; set; } = state;

        public DateTimeOffset LeaseUntil { get; set; } = DateTimeOffset.MinValue;

        public string Token { get; set; } = NextToken();
    }

    private sealed class Counter
    {
        private int count;

        public int Value => Volatile.Read(ref count);

        public void Add() => Interlocked.Increment(ref count);
    }
}
