using System.Runtime.CompilerServices;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Ports;

namespace NewsAlerts.Benchmarks.Digests;

/// <summary>The digest store in memory (entries by due time), so the benchmark measures the run and the queue, not storage.</summary>
internal sealed class MemoryDigestStore : IDigestStore
{
    private readonly Lock gate = new();
    private readonly SortedDictionary<DateTimeOffset, List<DigestEntry>> byDue = [];
    private readonly HashSet<DateTimeOffset> completed = [];

    public Task RecordAsync(IReadOnlyCollection<DigestEntry> entries, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (var entry in entries)
            {
                if (!byDue.TryGetValue(entry.DueAt, out var list))
                {
                    byDue[entry.DueAt] = list = [];
                }

                list.Add(entry);
                completed.Remove(entry.DueAt);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DateTimeOffset>> DueTimesAsync(DateTimeOffset upTo, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<DateTimeOffset>>(byDue.Keys.Where(d => d <= upTo && !completed.Contains(d)).ToList());
        }
    }

    public IAsyncEnumerable<DigestEntry> ListAsync(DateTimeOffset dueAt, CancellationToken cancellationToken) => Where(e => e.DueAt == dueAt);

    public IAsyncEnumerable<DigestEntry> ListAsync(DateTimeOffset dueAt, string subscriberId, CancellationToken cancellationToken) =>
        Where(e => e.DueAt == dueAt && e.SubscriberId == subscriberId);

    public Task MarkSentAsync(DateTimeOffset dueAt, string subscriberId, IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (byDue.TryGetValue(dueAt, out var list))
            {
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i].SubscriberId == subscriberId && articleIds.Contains(list[i].ArticleId))
                    {
                        list[i] = list[i] with { State = DigestEntryState.Sent };
                    }
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task CompleteAsync(DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            completed.Add(dueAt);
        }

        return Task.CompletedTask;
    }

    public IAsyncEnumerable<DigestEntry> ForArticleAsync(string articleId, CancellationToken cancellationToken) => Where(e => e.ArticleId == articleId);

    public Task RemoveAsync(IReadOnlyCollection<DigestEntry> entries, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (var entry in entries)
            {
                byDue.GetValueOrDefault(entry.DueAt)?.RemoveAll(e => e.SubscriberId == entry.SubscriberId && e.ArticleId == entry.ArticleId);
            }
        }

        return Task.CompletedTask;
    }

    private async IAsyncEnumerable<DigestEntry> Where(Func<DigestEntry, bool> wanted, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<DigestEntry> found;
        lock (gate)
        {
            found = byDue.Values.SelectMany(l => l).Where(wanted).ToList();
        }

        foreach (var entry in found)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return entry;
        }

        await Task.CompletedTask;
    }
}
