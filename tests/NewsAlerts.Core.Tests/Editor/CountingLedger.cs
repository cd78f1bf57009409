namespace NewsAlerts.Core.Tests.Editor;

using System.Collections.Concurrent;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;

/// <summary>
/// A ledger of preset rows that counts its point reads (the digest status's only storage cost) and the rows its lists
/// return (the story status's), filtering <see cref="ListChangedSinceAsync"/> as the table's query does; nothing else is used.
/// </summary>
internal sealed class CountingLedger : IDeliveryLedger
{
    private int reads;
    private int listed;

    /// <summary>Rows by (ledger key, subscriber id).</summary>
    public ConcurrentDictionary<(string Key, string SubscriberId), LedgerEntry> Rows { get; } = new();

    /// <summary>Point reads so far.</summary>
    public int Reads => Volatile.Read(ref reads);

    /// <summary>Rows returned by <see cref="ListAsync"/> and <see cref="ListChangedSinceAsync"/> so far.</summary>
    public int RowsListed => Volatile.Read(ref listed);

    public Task<LedgerEntry?> GetAsync(string articleId, string subscriberId, Channel channel, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref reads);
        return Task.FromResult(Rows.GetValueOrDefault((articleId, subscriberId)));
    }

    public Task<IReadOnlyDictionary<string, ClaimResult>> ClaimAsync(string articleId, Channel channel, IReadOnlyCollection<string> subscriberIds, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task RefreshClaimsAsync(string articleId, Channel channel, IReadOnlyCollection<string> subscriberIds, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task RecordAsync(string articleId, Channel channel, IReadOnlyCollection<LedgerRecord> records, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<int> MarkDeadLetteredAsync(string articleId, Channel channel, IReadOnlyCollection<string> subscriberIds, int attempts, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<bool> RecordProviderStatusAsync(string providerMessageId, LedgerState state, string? reason, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<LedgerState?> GetStateAsync(string articleId, string subscriberId, Channel channel, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public IAsyncEnumerable<LedgerEntry> ListAsync(string articleId, Channel channel, CancellationToken cancellationToken) =>
        Listed(Rows.Where(r => r.Key.Key == articleId).Select(r => r.Value));

    public IAsyncEnumerable<LedgerEntry> ListChangedSinceAsync(string articleId, Channel channel, DateTimeOffset since, CancellationToken cancellationToken) =>
        Listed(Rows.Where(r => r.Key.Key == articleId && (r.Value.UpdatedAt is null || r.Value.UpdatedAt >= since)).Select(r => r.Value));

    private IAsyncEnumerable<LedgerEntry> Listed(IEnumerable<LedgerEntry> rows)
    {
        var list = rows.ToList();
        Interlocked.Add(ref listed, list.Count);
        return list.ToAsyncEnumerable();
    }

    public Task<IReadOnlySet<string>> SettledAsync(string articleId, Channel channel, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<int> MoveSubscriberAsync(string fromId, string toId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task EraseSubscriberAsync(string subscriberId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<int> PurgeErasedMarksBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) => Task.FromResult(0);
}
