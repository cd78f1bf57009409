namespace NewsAlerts.Benchmarks.Feeds;

using System.Collections.Concurrent;
using System.Diagnostics;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Ports;

/// <summary>The article store (Azurite), timing each read and save of an ingestion, to show where a changed feed's time goes.</summary>
internal sealed class TimedArticleStore(IArticleStore inner) : IArticleStore
{
    /// <summary>Milliseconds of each <see cref="GetAsync"/> since the last <see cref="Take"/>.</summary>
    public ConcurrentQueue<double> Reads { get; private set; } = new();

    /// <summary>Milliseconds of each <see cref="SaveAsync"/> since the last <see cref="Take"/>.</summary>
    public ConcurrentQueue<double> Saves { get; private set; } = new();

    public async Task<Article?> GetAsync(string articleId, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var article = await inner.GetAsync(articleId, cancellationToken);
        Reads.Enqueue(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        return article;
    }

    public async Task SaveAsync(Article article, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        await inner.SaveAsync(article, cancellationToken);
        Saves.Enqueue(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }

    // The store's own batch save (one transaction per partition), timed as one save per article it carried.
    public async Task SaveManyAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        await inner.SaveManyAsync(articles, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        foreach (var _ in articles)
        {
            Saves.Enqueue(elapsed);
        }
    }

    public Task<ArticleLink?> FindLinkAsync(string shortCode, CancellationToken cancellationToken) => inner.FindLinkAsync(shortCode, cancellationToken);

    public Task CompleteAsync(string articleId, CancellationToken cancellationToken) => inner.CompleteAsync(articleId, cancellationToken);

    /// <summary>The reads' and saves' times so far, and a fresh start.</summary>
    public (double[] Reads, double[] Saves) Take()
    {
        var taken = (Reads.ToArray(), Saves.ToArray());
        Reads = new();
        Saves = new();
        return taken;
    }
}
