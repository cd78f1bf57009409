namespace NewsAlerts.Core.Tests.Feeds;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Feeds.WebSub;
using NewsAlerts.Core.Ports;

/// <summary>A fetcher that answers what the test queued, in order (the last answer repeats), or throws it.</summary>
internal sealed class ScriptedFetcher : IFeedFetcher
{
    private readonly Queue<Func<FeedFetch>> answers = new();
    private Func<FeedFetch>? last;

    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public ScriptedFetcher Then(FeedFetch fetch) => Then(() => fetch);

    public ScriptedFetcher Then(Func<FeedFetch> answer)
    {
        answers.Enqueue(answer);
        return this;
    }

    public Task<FeedFetch> FetchAsync(Uri url, FeedValidators validators, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        Func<FeedFetch> answer;
        lock (answers)
        {
            answer = last = answers.Count > 0 ? answers.Dequeue() : last ?? throw new InvalidOperationException("no answer queued");
        }

        return Task.FromResult(answer());
    }
}

/// <summary>The articles ingestion stored, in memory.</summary>
internal sealed class InMemoryArticles : IArticleStore
{
    public System.Collections.Concurrent.ConcurrentDictionary<string, Article> Saved { get; } = [];

    /// <summary>When set, a save waits for it (ingestion held mid-way); <see cref="Waiting"/> counts the saves held.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public int Waiting => Volatile.Read(ref waiting);

    /// <summary>How many of the next saves fail (the store is down).</summary>
    public int FailingSaves { get; set; }

    /// <summary>Ids whose saves fail every time (the store refuses that one story, as Tables refuses an over-long key).</summary>
    public HashSet<string> Refused { get; } = new(StringComparer.Ordinal);

    private int waiting;

    private int reads;

    /// <summary>How many stored articles were read.</summary>
    public int Reads => Volatile.Read(ref reads);

    public Task<Article?> GetAsync(string articleId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref reads);
        return Task.FromResult(Saved.GetValueOrDefault(articleId));
    }

    public Task<ArticleLink?> FindLinkAsync(string shortCode, CancellationToken cancellationToken) => Task.FromResult<ArticleLink?>(null);

    /// <summary>The stories completed (<see cref="CompleteAsync"/>), in order.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Completed { get; } = new();

    /// <summary>How many of the next completions fail (the line or link table is down).</summary>
    public int FailingCompletions { get; set; }

    public Task CompleteAsync(string articleId, CancellationToken cancellationToken)
    {
        if (FailingCompletions > 0)
        {
            FailingCompletions--;
            throw new IOException("the recent lines are down");
        }

        Completed.Enqueue(articleId);
        return Task.CompletedTask;
    }

    public async Task SaveAsync(Article article, CancellationToken cancellationToken)
    {
        if (Gate is { } gate)
        {
            Interlocked.Increment(ref waiting);
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (FailingSaves > 0)
        {
            FailingSaves--;
            throw new IOException("the article store is down");
        }

        if (Refused.Contains(article.Id))
        {
            throw new InvalidDataException("the key is out of range");
        }

        // As every store does: versions only move forward and a withdrawal stays (ArticleVersions.Replaces).
        Saved.AddOrUpdate(article.Id, article, (_, stored) => ArticleVersions.Replaces(stored, article) ? article : stored);
    }
}

/// <summary>WebSub subscriptions in memory.</summary>
internal sealed class InMemoryWebSubStore : IWebSubStore
{
    private int gets;
    private int lists;

    public Dictionary<string, WebSubSubscription> Saved { get; } = [];

    /// <summary>How many single subscriptions were read.</summary>
    public int Gets => Volatile.Read(ref gets);

    /// <summary>How many times every subscription was read.</summary>
    public int Lists => Volatile.Read(ref lists);

    public Task<WebSubSubscription?> GetAsync(string feedId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref gets);
        lock (Saved)
        {
            return Task.FromResult(Saved.GetValueOrDefault(feedId));
        }
    }

    public Task<IReadOnlyList<WebSubSubscription>> ListAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref lists);
        lock (Saved)
        {
            return Task.FromResult<IReadOnlyList<WebSubSubscription>>([.. Saved.Values]);
        }
    }

    public Task SaveAsync(WebSubSubscription subscription, CancellationToken cancellationToken)
    {
        Saved[subscription.FeedId] = subscription;
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string feedId, CancellationToken cancellationToken)
    {
        Saved.Remove(feedId);
        return Task.CompletedTask;
    }
}

/// <summary>A hub that records requests and answers what the test says (null: accepted).</summary>
internal sealed class RecordingHub(string? answer = null) : IWebSubHub
{
    public List<WebSubRequest> Requests { get; } = [];

    public Task<string?> SubscribeAsync(WebSubRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.FromResult(answer);
    }
}

/// <summary>A publisher and digest store that must not be reached: the poller tests have no subscribers.</summary>
internal sealed class Unreachable : IAlertPublisher, IDigestStore
{
    public Task PublishAsync(IReadOnlyList<Core.Planning.DeliveryBatch> batches, CancellationToken cancellationToken) => throw new InvalidOperationException("nobody subscribes");

    public Task ScheduleAsync(IReadOnlyList<Core.Policy.ScheduledBatch> batches, CancellationToken cancellationToken) => throw new InvalidOperationException("nobody subscribes");

    public Task RecordAsync(IReadOnlyCollection<Core.Digests.DigestEntry> entries, CancellationToken cancellationToken) => throw new InvalidOperationException("nobody subscribes");

    public Task<IReadOnlyList<DateTimeOffset>> DueTimesAsync(DateTimeOffset upTo, CancellationToken cancellationToken) => throw new InvalidOperationException();

    public IAsyncEnumerable<Core.Digests.DigestEntry> ListAsync(DateTimeOffset dueAt, CancellationToken cancellationToken) => throw new InvalidOperationException();

    public IAsyncEnumerable<Core.Digests.DigestEntry> ListAsync(DateTimeOffset dueAt, string subscriberId, CancellationToken cancellationToken) => throw new InvalidOperationException();

    public Task MarkSentAsync(DateTimeOffset dueAt, string subscriberId, IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken) => throw new InvalidOperationException();

    public IAsyncEnumerable<Core.Digests.DigestEntry> ForArticleAsync(string articleId, CancellationToken cancellationToken) => throw new InvalidOperationException();

    public Task CompleteAsync(DateTimeOffset dueAt, CancellationToken cancellationToken) => throw new InvalidOperationException();

    public Task RemoveAsync(IReadOnlyCollection<Core.Digests.DigestEntry> entries, CancellationToken cancellationToken) => throw new InvalidOperationException();
}

/// <summary>A fetcher that answers by URL (no network), counting the calls.</summary>
internal sealed class FetcherByUrl(Func<Uri, FeedFetch> answer) : IFeedFetcher
{
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public Task<FeedFetch> FetchAsync(Uri url, FeedValidators validators, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        return Task.FromResult(answer(url));
    }
}
