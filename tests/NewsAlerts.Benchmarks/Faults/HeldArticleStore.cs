namespace NewsAlerts.Benchmarks.Faults;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Ports;

/// <summary>
/// An article store that holds the save of one article until the host goes away: the host has queued the article's
/// batches but not stored it, which is where a crash of the Function host hurts most.
/// </summary>
internal sealed class HeldArticleStore(IArticleStore inner, string heldArticleId, CancellationToken hostGone) : IArticleStore
{
    private readonly TaskCompletionSource queued = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the held article's batches are queued and its save is waiting.</summary>
    public Task Queued => queued.Task;

    /// <inheritdoc />
    public Task<Article?> GetAsync(string articleId, CancellationToken cancellationToken) => inner.GetAsync(articleId, cancellationToken);

    /// <inheritdoc />
    public Task<ArticleLink?> FindLinkAsync(string shortCode, CancellationToken cancellationToken) => inner.FindLinkAsync(shortCode, cancellationToken);

    /// <inheritdoc />
    public Task CompleteAsync(string articleId, CancellationToken cancellationToken) => inner.CompleteAsync(articleId, cancellationToken);

    /// <inheritdoc />
    public async Task SaveAsync(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Id != heldArticleId)
        {
            await inner.SaveAsync(article, cancellationToken);
            return;
        }

        queued.TrySetResult();
        // Never stored: the host dies first.
        await Task.Delay(Timeout.Infinite, hostGone);
    }
}
