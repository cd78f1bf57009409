namespace NewsAlerts.Core.Editor;

/// <summary>The stories stored most recently (every source: API, console, feeds), for the editor console.</summary>
public interface IRecentArticles
{
    /// <summary>
    /// Up to <paramref name="max"/> stories, the most recently stored first, each once (its latest version), from the
    /// last <paramref name="days"/> days.
    /// </summary>
    Task<IReadOnlyList<RecentArticle>> ListRecentAsync(int max, int days, CancellationToken cancellationToken);
}
