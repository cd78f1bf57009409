namespace NewsAlerts.Core.Tests.Dispatch;

using System.Collections.Concurrent;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Suppression;

/// <summary>A suppression store in memory.</summary>
internal sealed class InMemorySuppressions : ISuppressionStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> suppressed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SuppressionReason> reasons = new(StringComparer.Ordinal);

    public Task SuppressAsync(string contactHash, SuppressionReason reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        suppressed[contactHash] = at;
        reasons[contactHash] = reason;
        return Task.CompletedTask;
    }

    public Task LiftAsync(string contactHash, CancellationToken cancellationToken)
    {
        suppressed.TryRemove(contactHash, out _);
        reasons.TryRemove(contactHash, out _);
        return Task.CompletedTask;
    }

    private int failingReads;

    /// <summary>Reads that fail (storage away) before they succeed again.</summary>
    public int FailingReads
    {
        get => Volatile.Read(ref failingReads);
        set => Volatile.Write(ref failingReads, value);
    }

    public Task<bool> IsSuppressedAsync(string contactHash, CancellationToken cancellationToken) =>
        Interlocked.Decrement(ref failingReads) >= 0
            ? throw new IOException("The suppression store is restarting.")
            : Task.FromResult(suppressed.ContainsKey(contactHash));

    public Task<SuppressionReason?> ReasonAsync(string contactHash, CancellationToken cancellationToken) =>
        Task.FromResult(reasons.TryGetValue(contactHash, out var reason) ? reason : (SuppressionReason?)null);

    public IAsyncEnumerable<(string ContactHash, bool Suppressed, DateTimeOffset ChangedAt)> ChangesSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        suppressed.Where(p => p.Value >= since).Select(p => (p.Key, true, p.Value)).ToAsyncEnumerable();
}
