namespace NewsAlerts.Core.Tests.Dispatch;

using System.Collections.Concurrent;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;

/// <summary>A ledger in memory: claims answer what the test preset (Claimed otherwise); records are kept in order.</summary>
internal sealed class InMemoryLedger : IDeliveryLedger
{
    public ConcurrentDictionary<string, ClaimResult> Preset { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> Claimed { get; } = new();

    public ConcurrentQueue<LedgerRecord> Records { get; } = new();

    /// <summary>Answers to successive claims of one id, before <see cref="Preset"/> takes over.</summary>
    public ConcurrentDictionary<string, Queue<ClaimResult>> Scripted { get; } = new(StringComparer.Ordinal);

    /// <summary>Record calls that fail (storage away) before they succeed again.</summary>
    public int FailingRecords { get; set; }

    public Task<IReadOnlyDictionary<string, ClaimResult>> ClaimAsync(string articleId, Channel channel, IReadOnlyCollection<string> subscriberIds, CancellationToken cancellationToken)
    {
        foreach (var id in subscriberIds)
        {
            Claimed.Enqueue(id);
        }

        return Task.FromResult<IReadOnlyDictionary<string, ClaimResult>>(subscriberIds.ToDictionary(
            id => id,
            id => Scripted.TryGetValue(id, out var script) && script.TryDequeue(out var next) ? next : Preset.GetValueOrDefault(id, ClaimResult.Claimed)));
    }

    public ConcurrentQueue<string> Refreshed { get; } = new();

    public Task RefreshClaimsAsync(string articleId, Channel channel, IReadOnlyCollection<string> subscriberIds, CancellationToken cancellationToken)
    {
        foreach (var id in subscriberIds)
        {
            Refreshed.Enqueue(id);
        }

        return Task.CompletedTask;
    }

    public Task RecordAsync(string articleId, Channel channel, IReadOnlyCollection<LedgerRecord> records, CancellationToken cancellationToken)
    {
        if (FailingRecords > 0)
        {
            FailingRecords--;
            throw new IOException("The ledger's storage is restarting.");
        }

        foreach (var record in records)
        {
            Records.Enqueue(record);
        }

        return Task.CompletedTask;
    }

    public Task<int> MarkDeadLetteredAsync(string articleId, Channel channel, IReadOnlyCollection<string> subscriberIds, int attempts, CancellationToken cancellationToken)
    {
        var latest = Records.GroupBy(r => r.SubscriberId, StringComparer.Ordinal).Select(g => g.Last()).Select(r => new LedgerEntry(r.SubscriberId, channel, r.State, r.Reason, null, r.Version));
        var marks = DeadLettering.Marks(subscriberIds, latest.ToList(), attempts);
        foreach (var mark in marks)
        {
            Records.Enqueue(mark);
        }

        return Task.FromResult(marks.Count);
    }

    public Task<bool> RecordProviderStatusAsync(string providerMessageId, LedgerState state, string? reason, CancellationToken cancellationToken) => Task.FromResult(false);

    /// <summary>What <see cref="GetStateAsync"/> answers per subscriber id (any article and channel); none otherwise.</summary>
    public ConcurrentDictionary<string, LedgerState> States { get; } = new(StringComparer.Ordinal);

    public Task<LedgerState?> GetStateAsync(string articleId, string subscriberId, Channel channel, CancellationToken cancellationToken) =>
        Task.FromResult(States.TryGetValue(subscriberId, out var state) ? state : (LedgerState?)null);

    /// <summary>The version <see cref="GetAsync"/> answers per subscriber id with its <see cref="States"/> entry; none otherwise.</summary>
    public ConcurrentDictionary<string, int> Versions { get; } = new(StringComparer.Ordinal);

    /// <summary>Rows <see cref="GetAsync"/> answers by ledger key and subscriber id, before <see cref="States"/>.</summary>
    public ConcurrentDictionary<(string Key, string SubscriberId), LedgerEntry> Rows { get; } = new();

    public Task<LedgerEntry?> GetAsync(string articleId, string subscriberId, Channel channel, CancellationToken cancellationToken) =>
        Rows.TryGetValue((articleId, subscriberId), out var row) ? Task.FromResult<LedgerEntry?>(row)
        : Rows.Keys.Any(k => k.Key == articleId) ? Task.FromResult<LedgerEntry?>(null)
        : Task.FromResult(States.TryGetValue(subscriberId, out var state)
            ? new LedgerEntry(subscriberId, channel, state, null, null, Versions.TryGetValue(subscriberId, out var version) ? version : null)
            : null);

    public Task<IReadOnlySet<string>> SettledAsync(string articleId, Channel channel, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(Records.Where(r => r.State is not (LedgerState.Claimed or LedgerState.Retrying or LedgerState.DeadLettered)).Select(r => r.SubscriberId).ToHashSet(StringComparer.Ordinal));

    public IAsyncEnumerable<LedgerEntry> ListAsync(string articleId, Channel channel, CancellationToken cancellationToken) =>
        Records.Select(r => new LedgerEntry(r.SubscriberId, channel, r.State, r.Reason, null, r.Version)).ToAsyncEnumerable();

    public Task<int> MoveSubscriberAsync(string fromId, string toId, CancellationToken cancellationToken) => Task.FromResult(0);

    public Task EraseSubscriberAsync(string subscriberId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<int> PurgeErasedMarksBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) => Task.FromResult(0);
}
