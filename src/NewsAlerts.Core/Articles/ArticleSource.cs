namespace NewsAlerts.Core.Articles;

/// <summary>
/// The source line every alert and digest entry shows ("Source · time"; trial s42 #15: a story published from the editor
/// console, which has no source field, showed the time alone): the article's <see cref="Article.Source"/> when given,
/// else the host of its link without <c>www.</c> (<c>news.example.com</c>: where the reader will find it), else none.
/// Feeds always name a source (<see cref="Feeds.FeedArticles"/>: the registered name, the feed's title, or its host).
/// </summary>
public static class ArticleSource
{
    /// <summary>The source to show for <paramref name="article"/>; null only when it has neither a source nor a web link.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static string? Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Of(article.Source, article.Url);
    }

    /// <summary>The source to show for a given <paramref name="source"/> and <paramref name="url"/> (see <see cref="ArticleSource"/>).</summary>
    public static string? Of(string? source, Uri? url)
    {
        if (!string.IsNullOrWhiteSpace(source))
        {
            return source.Trim();
        }

        if (url is not { IsAbsoluteUri: true } || url.Scheme is not ("http" or "https") || url.Host.Length == 0)
        {
            return null;
        }

        var host = url.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) && host.Length > 4 ? host[4..] : host;
    }
}
