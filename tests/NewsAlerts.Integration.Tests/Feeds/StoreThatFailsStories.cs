namespace NewsAlerts.Integration.Tests.Feeds;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Ports;

/// <summary>
/// The real article store (Azurite) with one story's batch saves failing a set number of times, deterministically: either
/// before anything of it is written (<see cref="Failure.Refused"/>: the row is not written), or after the row landed with
/// its recent line and short link lost (<see cref="Failure.LinesLost"/>: the store's line and link writes failed). The
/// other stories of the batch are saved by the real store as they would be.
/// </summary>
internal sealed class StoreThatFailsStories(IArticleStore inner, Func<string, CancellationToken, Task> loseLines) : IArticleStore
{
    private readonly Dictionary<string, (Failure How, int Times)> failing = new(StringComparer.Ordinal);

    /// <summary>How a story's save fails.</summary>
    public enum Failure
    {
        /// <summary>Nothing of the story is written.</summary>
        Refused,

        /// <summary>The story's row is written, its recent line and short link are not.</summary>
        LinesLost,
    }

    /// <summary>The story's next <paramref name="times"/> batch saves fail as <paramref name="how"/> says.</summary>
    public void Fail(string articleId, Failure how, int times = 1)
    {
        lock (failing)
        {
            failing[articleId] = (how, times);
        }
    }

    public Task<Article?> GetAsync(string articleId, CancellationToken cancellationToken) => inner.GetAsync(articleId, cancellationToken);

    public Task<ArticleLink?> FindLinkAsync(string shortCode, CancellationToken cancellationToken) => inner.FindLinkAsync(shortCode, cancellationToken);

    public Task SaveAsync(Article article, CancellationToken cancellationToken) => inner.SaveAsync(article, cancellationToken);

    public Task CompleteAsync(string articleId, CancellationToken cancellationToken) => inner.CompleteAsync(articleId, cancellationToken);

    public async Task SaveManyAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        var failed = new List<(Article Article, Failure How)>();
        lock (failing)
        {
            foreach (var article in articles)
            {
                if (failing.TryGetValue(article.Id, out var f) && f.Times > 0)
                {
                    failing[article.Id] = f with { Times = f.Times - 1 };
                    failed.Add((article, f.How));
                }
            }
        }

        var refused = failed.Where(f => f.How == Failure.Refused).Select(f => f.Article.Id).ToHashSet(StringComparer.Ordinal);
        await inner.SaveManyAsync([.. articles.Where(a => !refused.Contains(a.Id))], cancellationToken);
        foreach (var (article, how) in failed.Where(f => f.How == Failure.LinesLost))
        {
            await loseLines(article.Id, cancellationToken);
        }

        if (failed.Count > 0)
        {
            throw new AggregateException(failed.Select(f => new ArticleSaveException(f.Article.Id, new IOException($"the test's store failed ({f.How})"))));
        }
    }
}
