namespace NewsAlerts.Core.Editor;

using NewsAlerts.Core.Articles;

/// <summary>One line of the console's list of recent stories: the latest version as stored.</summary>
/// <param name="ArticleId">The story.</param>
/// <param name="Version">Its latest version.</param>
/// <param name="Headline">The headline.</param>
/// <param name="Urgency">Its urgency (1 most urgent).</param>
/// <param name="Notice">Withdrawn or corrected, else null.</param>
/// <param name="SavedAt">When that version was stored (UTC).</param>
public sealed record RecentArticle(string ArticleId, int Version, string Headline, int Urgency, NoticeKind? Notice, DateTimeOffset SavedAt);
