namespace NewsAlerts.Core.Ports;

/// <summary>
/// One story's save failed (<see cref="IArticleStore.SaveManyAsync"/> throws an <see cref="AggregateException"/> of these,
/// one per story not saved, after saving the others).
/// </summary>
public sealed class ArticleSaveException : Exception
{
    /// <summary>Creates the exception for <paramref name="articleId"/>, caused by <paramref name="inner"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ArticleSaveException(string articleId, Exception inner)
        : base($"Article {articleId} was not saved: {inner?.Message}", inner)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(inner);
        ArticleId = articleId;
    }

    /// <summary>The story whose save failed.</summary>
    public string ArticleId { get; }
}
