namespace NewsAlerts.Core.Articles;

/// <summary>One article of a batch that was not ingested, and why (for a feed's health and the operator's log).</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Reason">Why, in one line: the failure's type and message, at most <see cref="MaxReasonLength"/> characters.</param>
public sealed record ArticleFailure(string ArticleId, string Reason)
{
    /// <summary>The longest reason kept (300 characters): enough for a storage error's code and first sentence.</summary>
    public const int MaxReasonLength = 300;

    /// <summary>The failure of <paramref name="articleId"/> from the exception that stopped it.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ArticleFailure Of(string articleId, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(exception);
        var cause = exception is Ports.ArticleSaveException { InnerException: { } inner } ? inner : exception;
        var line = string.Join(' ', $"{cause.GetType().Name}: {cause.Message}".Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return new ArticleFailure(articleId, line.Length <= MaxReasonLength ? line : line[..MaxReasonLength]);
    }
}
