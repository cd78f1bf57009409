namespace NewsAlerts.Core.Tests;

using System.Collections.Concurrent;
using NewsAlerts.Core.History;
using NewsAlerts.Core.Ports;

/// <summary>Histories in memory, as the Table adapter keeps them: a row written again replaces itself.</summary>
internal sealed class InMemoryAlertHistory : IAlertHistory
{
    private readonly ConcurrentDictionary<(string, DateTimeOffset, Delivery.Channel, string), ReceivedAlert> rows = new();

    public IReadOnlyList<ReceivedAlert> Rows => [.. rows.Values.OrderBy(r => r.SubscriberId, StringComparer.Ordinal)];

    public Task AddAsync(IReadOnlyList<ReceivedAlert> added, CancellationToken cancellationToken)
    {
        foreach (var row in added)
        {
            rows[(row.SubscriberId, row.At, row.Channel, row.Key)] = row;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ReceivedAlert>> RecentAsync(string subscriberId, DateTimeOffset since, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ReceivedAlert>>([.. rows.Values.Where(r => r.SubscriberId == subscriberId && r.At >= since).OrderByDescending(r => r.At).Take(limit)]);

    public Task EraseAsync(string subscriberId, CancellationToken cancellationToken)
    {
        foreach (var key in rows.Keys.Where(k => k.Item1 == subscriberId))
        {
            rows.TryRemove(key, out _);
        }

        return Task.CompletedTask;
    }
}
