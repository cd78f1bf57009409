namespace NewsAlerts.Core.Tests.Digests;

using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Ports;

/// <summary>A digest store in memory: entries by (due time, subscriber, story), due times listed until completed.</summary>
internal sealed class InMemoryDigestStore : IDigestStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<(DateTimeOffset, string, string), DigestEntry> entries = [];
    private readonly SortedSet<DateTimeOffset> due = [];

    public Task RecordAsync(IReadOnlyCollection<DigestEntry> recorded, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (var entry in recorded)
            {
                entries[(entry.DueAt, entry.SubscriberId, entry.ArticleId)] = entry;
                due.Add(entry.DueAt);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DateTimeOffset>> DueTimesAsync(DateTimeOffset upTo, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<DateTimeOffset>>(due.Where(d => d <= upTo).ToList());
        }
    }

    public IAsyncEnumerable<DigestEntry> ListAsync(DateTimeOffset dueAt, CancellationToken cancellationToken) => Where(e => e.DueAt == dueAt);

    public IAsyncEnumerable<DigestEntry> ListAsync(DateTimeOffset dueAt, string subscriberId, CancellationToken cancellationToken) =>
        Where(e => e.DueAt == dueAt && e.SubscriberId == subscriberId);

    public Task MarkSentAsync(DateTimeOffset dueAt, string subscriberId, IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (var key in entries.Keys.Where(k => k.Item1 == dueAt && k.Item2 == subscriberId && articleIds.Contains(k.Item3)).ToList())
            {
                entries[key] = entries[key] with { State = DigestEntryState.Sent };
            }
        }

        return Task.CompletedTask;
    }

    public Task CompleteAsync(DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            due.Remove(dueAt);
        }

        return Task.CompletedTask;
    }

    public IAsyncEnumerable<DigestEntry> ForArticleAsync(string articleId, CancellationToken cancellationToken) => Where(e => e.ArticleId == articleId);

    public Task RemoveAsync(IReadOnlyCollection<DigestEntry> removed, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (var entry in removed)
            {
                entries.Remove((entry.DueAt, entry.SubscriberId, entry.ArticleId));
            }
        }

        return Task.CompletedTask;
    }

    private IAsyncEnumerable<DigestEntry> Where(Func<DigestEntry, bool> wanted)
    {
        lock (gate)
        {
            return entries.Values.Where(wanted).ToList().ToAsyncEnumerable();
        }
    }
}
