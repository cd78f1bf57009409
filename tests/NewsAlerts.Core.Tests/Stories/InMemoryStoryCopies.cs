namespace NewsAlerts.Core.Tests.Stories;

using System.Collections.Concurrent;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Stories;

/// <summary>The copies index in memory: the first record of an article id stands, as in Table storage.</summary>
internal sealed class InMemoryStoryCopies : IStoryCopies
{
    public ConcurrentDictionary<string, StoryCopy> Copies { get; } = new(StringComparer.Ordinal);

    public int Lists { get; private set; }

    public Task RecordAsync(IReadOnlyList<StoryCopy> copies, CancellationToken cancellationToken)
    {
        foreach (var copy in copies)
        {
            Copies.TryAdd(copy.ArticleId, copy);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<StoryCopy>> ListAsync(IReadOnlyList<string> keys, DateTimeOffset since, CancellationToken cancellationToken)
    {
        Lists++;
        IReadOnlyList<StoryCopy> found = [.. Copies.Values.Where(c => c.At >= since && c.Keys.Intersect(keys, StringComparer.Ordinal).Any())
            .OrderBy(c => c.At).ThenBy(c => c.ArticleId, StringComparer.Ordinal)];
        return Task.FromResult(found);
    }
}
