namespace NewsAlerts.Core.Tests.Dispatch;

using System.Collections.Concurrent;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Suppression;

/// <summary>A suppression store in memory.</summary>
internal sealed class InMemorySuppressions : ISuppressionStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> suppressed = new(StringComparer.Ordinal);

    public Task SuppressAsync(string contactHash, SuppressionReason reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        suppressed[contactHash] = at;
        return Task.CompletedTask;
    }

    public Task LiftAsync(string contactHash, CancellationToken cancellationToken)
    {
        suppressed.TryRemove(contactHash, out _);
        return Task.CompletedTask;
    }

    public Task<bool> IsSuppressedAsync(string contactHash, CancellationToken cancellationToken) => Task.FromResult(suppressed.ContainsKey(contactHash));

    public IAsyncEnumerable<(string ContactHash, bool Suppressed, DateTimeOffset ChangedAt)> ChangesSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        suppressed.Where(p => p.Value >= since).Select(p => (p.Key, true, p.Value)).ToAsyncEnumerable();
}
