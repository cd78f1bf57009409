namespace NewsAlerts.Core.Tests.Dispatch;

using System.Collections.Concurrent;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Suppression;

/// <summary>A suppression store in memory.</summary>
internal sealed class InMemorySuppressions : ISuppressionStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> suppressed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SuppressionReason> reasons = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, int> versions = new(StringComparer.Ordinal);

    public Task SuppressAsync(string contactHash, SuppressionReason reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        suppressed[contactHash] = at;
        reasons[contactHash] = reason;
        versions.AddOrUpdate(contactHash, 1, (_, v) => v + 1);
        return Task.CompletedTask;
    }

    public Task LiftAsync(string contactHash, CancellationToken cancellationToken)
    {
        if (suppressed.TryRemove(contactHash, out _))
        {
            versions.AddOrUpdate(contactHash, 1, (_, v) => v + 1);
        }

        reasons.TryRemove(contactHash, out _);
        return Task.CompletedTask;
    }

    public Task<SuppressionEntry?> ReadAsync(string contactHash, CancellationToken cancellationToken) =>
        Task.FromResult(versions.TryGetValue(contactHash, out var version)
            ? new SuppressionEntry(suppressed.TryGetValue(contactHash, out var since), suppressed.ContainsKey(contactHash) ? since : null, version.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : null);

    public async Task<bool> LiftIfUnchangedAsync(string contactHash, SuppressionEntry? read, CancellationToken cancellationToken)
    {
        var now = await ReadAsync(contactHash, cancellationToken);
        if (now is not { Suppressed: true })
        {
            return true;
        }

        if (read is null || read.Version != now.Version)
        {
            return false;
        }

        await LiftAsync(contactHash, cancellationToken);
        return true;
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
