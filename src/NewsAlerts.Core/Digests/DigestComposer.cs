namespace NewsAlerts.Core.Digests;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Stories;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Words;

/// <summary>
/// Composes a digest email from a batch's keys: grouped by topic in the order the subscriber follows them, newest
/// first within each, times on the subscriber's clock and in their language (<see cref="MomentWords"/>). A story whose
/// article is gone or withdrawn is left out. Articles that tell one story under different ids (a re-post, syndication,
/// the demo's sample published again) are listed once (<see cref="SameStory.Collapse"/>: the newest wins), so the
/// email's count is of distinct stories; every item shows a source (<see cref="ArticleSource"/>).
/// </summary>
public static class DigestComposer
{
    /// <summary>The section title for stories whose topic the subscriber no longer follows, in English.</summary>
    public static string OtherTopic => OtherTopicIn(null);

    /// <summary>The section title for stories whose topic the subscriber no longer follows, in <paramref name="language"/>.</summary>
    public static string OtherTopicIn(string? language) => EmailTexts.Of(EmailText.DigestOtherTopic, language);

    /// <summary>Composes the email.</summary>
    /// <param name="batch">The digest batch (stories newest first).</param>
    /// <param name="entries">The batch's entries, for each story's topic and reason.</param>
    /// <param name="articles">The stories' articles by id (missing: withdrawn).</param>
    /// <param name="topics">The subscriber's topics now.</param>
    /// <param name="zone">The subscriber's time zone.</param>
    /// <param name="language">The subscriber's language (BCP 47); null or not offered: English.</param>
    /// <param name="storyPage">
    /// A story's short link page by article id (<see cref="Dispatch.AlertLinks.ShortLink"/>), where a story without a web
    /// address of its own is linked (<see cref="StoryLinks.Of"/>); null: such a story is not linked.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DigestEmail Compose(
        DigestBatch batch, IEnumerable<DigestEntry> entries, IReadOnlyDictionary<string, Article> articles, IReadOnlyList<Topic> topics, TimeZoneInfo zone, string? language = null,
        Func<string, Uri>? storyPage = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(zone);
        var byArticle = entries.Where(e => e.SubscriberId == batch.SubscriberId).GroupBy(e => e.ArticleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var order = topics.Select((t, i) => (t.Id, i)).ToDictionary(t => t.Id, t => t.i, StringComparer.Ordinal);
        var items = SameStory.Collapse(
            batch.ArticleIds
                .Where(id => articles.TryGetValue(id, out var article) && !article.IsWithdrawn && byArticle.ContainsKey(id))
                .Select(id => (Entry: byArticle[id], Article: articles[id]))
                .ToList(),
            i => i.Article);
        var sections = items
            .GroupBy(i => i.Entry.TopicId is { } topicId && order.ContainsKey(topicId) ? topicId : null)
            .OrderBy(g => g.Key is null ? int.MaxValue : order[g.Key])
            .Select(g => new DigestSection(
                g.Key is null ? OtherTopicIn(language) : topics[order[g.Key]].Text,
                g.Select(i => new DigestItem(i.Article.Id, i.Article.Headline, ArticleSource.Of(i.Article), MomentWords.Of(i.Article.PublishedAt, zone.Id, language), ReasonWords.Of(i.Entry.Reason, language), LinkOf(i.Article, storyPage), i.Article.Version, i.Entry.Reason)).ToList()))
            .ToList();
        return new DigestEmail(batch.SubscriberId, batch.DueAt, sections, batch.More);
    }

    private static Uri? LinkOf(Article article, Func<string, Uri>? storyPage) =>
        storyPage is null ? article.Url : StoryLinks.Of(article.Url, storyPage(article.Id));
}
