namespace NewsAlerts.Core.Tests.Dispatch;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;

/// <summary>A ledger in memory that keeps claim times and applies a <see cref="ClaimLease"/>, as the Table ledger does.</summary>
internal sealed class LeasedLedger(ClaimLease lease, TimeProvider time) : IDeliveryLedger
{
    private readonly Dictionary<string, (LedgerState State, DateTimeOffset At)> rows = new(StringComparer.Ordinal);
    private int refreshes;

    /// <summary>Refresh calls so far.</summary>
    public int Refreshes => Volatile.Read(ref refreshes);

    public Task<IReadOnlyDictionary<string, ClaimResult>> ClaimAsync(string articleId, Channel channel, IReadOnlyCollection<string> subscriberIds, CancellationToken cancellationToken)
    {
        lock (rows)
        {
            var now = time.GetUtcNow();
            var result = new Dictionary<string, ClaimResult>(StringComparer.Ordinal);
            foreach (var id in subscriberIds)
            {
                var claim = rows.TryGetValue(id, out var row) ? lease.OnExisting(row.State, row.At, now) : ClaimResult.Claimed;
                if (claim is ClaimResult.Claimed or ClaimResult.ClaimedAfterCrash)
                {
                    rows[id] = (LedgerState.Claimed, now);
                }

                result[id] = claim;
            }

            return Task.FromResult<IReadOnlyDictionary<string, ClaimResult>>(result);
        }
    }

    public Task RefreshClaimsAsync(string articleId, Channel channel, IReadOnlyCollection<string> subscriberIds, CancellationToken cancellationToken)
    {
        lock (rows)
        {
            foreach (var id in subscriberIds.Where(id => rows.TryGetValue(id, out var row) && row.State == LedgerState.Claimed))
            {
                rows[id] = (LedgerState.Claimed, time.GetUtcNow());
            }
        }

        Interlocked.Increment(ref refreshes);
        return Task.CompletedTask;
    }

    public Task RecordAsync(string articleId, Channel channel, IReadOnlyCollection<LedgerRecord> records, CancellationToken cancellationToken)
    {
        lock (rows)
        {
            foreach (var record in records)
            {
                rows[record.SubscriberId] = (record.State, time.GetUtcNow());
            }
        }

        return Task.CompletedTask;
    }

    public Task<LedgerState?> GetStateAsync(string articleId, string subscriberId, Channel channel, CancellationToken cancellationToken)
    {
        lock (rows)
        {
            return Task.FromResult<LedgerState?>(rows.TryGetValue(subscriberId, out var row) ? row.State : null);
        }
    }

    public Task<LedgerEntry?> GetAsync(string articleId, string subscriberId, Channel channel, CancellationToken cancellationToken)
    {
        lock (rows)
        {
            return Task.FromResult(rows.TryGetValue(subscriberId, out var row) ? new LedgerEntry(subscriberId, channel, row.State, null, row.At) : null);
        }
    }

    public Task<int> MarkDeadLetteredAsync(string articleId, Channel channel, IReadOnlyCollection<string> subscriberIds, int attempts, CancellationToken cancellationToken)
    {
        lock (rows)
        {
            var marks = DeadLettering.Marks(subscriberIds, rows.Select(r => new LedgerEntry(r.Key, channel, r.Value.State, null, r.Value.At)).ToList(), attempts);
            foreach (var mark in marks)
            {
                rows[mark.SubscriberId] = (LedgerState.DeadLettered, time.GetUtcNow());
            }

            return Task.FromResult(marks.Count);
        }
    }

    public Task<bool> RecordProviderStatusAsync(string providerMessageId, LedgerState state, string? reason, CancellationToken cancellationToken) => Task.FromResult(false);

    public IAsyncEnumerable<LedgerEntry> ListAsync(string articleId, Channel channel, CancellationToken cancellationToken) => AsyncEnumerable.Empty<LedgerEntry>();

    public Task<IReadOnlySet<string>> SettledAsync(string articleId, Channel channel, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(new HashSet<string>(StringComparer.Ordinal));

    public Task<int> MoveSubscriberAsync(string fromId, string toId, CancellationToken cancellationToken) => Task.FromResult(0);

    public Task EraseSubscriberAsync(string subscriberId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<int> PurgeErasedMarksBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) => Task.FromResult(0);
}
