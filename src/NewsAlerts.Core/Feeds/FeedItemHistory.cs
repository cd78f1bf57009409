namespace NewsAlerts.Core.Feeds;

using System.Security.Cryptography;
using System.Text;
using NewsAlerts.Core.Articles;

/// <summary>
/// Decides which items of a poll are new, changed or already seen. An item is known by any of three keys: an id it
/// was seen under, a link it was seen with, or its content hash, so a feed that rewrites its GUIDs (a CMS
/// migration, a new feed generator) alerts nobody, and one that changes links keeps its items' versions.
/// </summary>
public static class FeedItemHistory
{
    /// <summary>The hash of what a reader sees of <paramref name="article"/>: its headline and body, white space folded.</summary>
    /// <returns>Lower-case hex SHA-256, 64 characters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static string ContentHash(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = Fold(article.Headline) + "\n" + Fold(article.Body);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The decision for every article of a poll, and the history after it.</summary>
    /// <param name="firstPoll">True for a feed never polled successfully before: every item is recorded, none alerted.</param>
    /// <param name="seen">The feed's history before the poll.</param>
    /// <param name="articles">The poll's articles (version 1, as <see cref="FeedArticles.ToArticle"/> makes them), in feed order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="seen"/> or <paramref name="articles"/> is null.</exception>
    public static FeedPollResult Decide(bool firstPoll, IReadOnlyList<SeenItem> seen, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(seen);
        ArgumentNullException.ThrowIfNull(articles);
        var history = seen.ToList();
        var decisions = new List<FeedItemDecision>(articles.Count);
        foreach (var article in articles)
        {
            var hash = ContentHash(article);
            var link = article.Url?.AbsoluteUri;
            var index = Find(history, h => h.ItemIds.Contains(article.Id, StringComparer.Ordinal));
            var byId = index >= 0;
            if (index < 0 && link is not null)
            {
                index = Find(history, h => h.Links.Contains(link, StringComparer.Ordinal));
            }

            if (index < 0)
            {
                index = Find(history, h => h.ContentHash == hash);
            }

            if (index < 0)
            {
                history.Add(new SeenItem(article.Id, [article.Id], link is null ? [] : [link], hash, 1));
                decisions.Add(new FeedItemDecision(firstPoll ? FeedItemOutcome.Recorded : FeedItemOutcome.New, article));
                continue;
            }

            var known = history[index];
            var remembered = known with
            {
                ItemIds = byId ? known.ItemIds : [.. known.ItemIds, article.Id],
                Links = link is null || known.Links.Contains(link, StringComparer.Ordinal) ? known.Links : [.. known.Links, link],
            };
            if (known.ContentHash == hash)
            {
                history[index] = remembered;
                decisions.Add(new FeedItemDecision(
                    byId ? FeedItemOutcome.Unchanged : FeedItemOutcome.Rekeyed,
                    article with { Id = known.ArticleId, Version = known.Version }));
                continue;
            }

            // A correction: the story keeps its id, so alerts already sent for it are superseded, not repeated as news.
            var version = known.Version + 1;
            history[index] = remembered with { ContentHash = hash, Version = version };
            decisions.Add(new FeedItemDecision(
                firstPoll ? FeedItemOutcome.Recorded : FeedItemOutcome.Changed,
                article with { Id = known.ArticleId, Version = version }));
        }

        return new FeedPollResult(decisions, history);
    }

    /// <summary>
    /// The history after a poll without the items that failed to ingest: a new item is dropped (it is new again at the next
    /// poll) and a changed one keeps what it was before (it is changed again), so the next poll retries exactly those.
    /// </summary>
    /// <param name="before">The history before the poll.</param>
    /// <param name="after">The history <see cref="Decide"/> made.</param>
    /// <param name="failedIds">The article ids (as the history knows them) not ingested.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<SeenItem> Forget(IReadOnlyList<SeenItem> before, IReadOnlyList<SeenItem> after, IReadOnlySet<string> failedIds)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(failedIds);
        if (failedIds.Count == 0)
        {
            return after;
        }

        var earlier = before.GroupBy(h => h.ArticleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return [.. after.Select(h => !failedIds.Contains(h.ArticleId) ? h : earlier.GetValueOrDefault(h.ArticleId)).OfType<SeenItem>()];
    }

    /// <summary>
    /// The history bounded to <paramref name="max"/> items: every item of the latest poll is kept (dropping one would make
    /// it new again on the next poll), then the most recently recorded others, up to the bound.
    /// </summary>
    /// <param name="history">The history after a poll, oldest first (as <see cref="Decide"/> leaves it).</param>
    /// <param name="current">The articles of the latest poll, as decided (ids as the history knows them).</param>
    /// <param name="max">The most items to keep, at least 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> or <paramref name="current"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is below 1.</exception>
    public static IReadOnlyList<SeenItem> Prune(IReadOnlyList<SeenItem> history, IReadOnlyList<FeedItemDecision> current, int max)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (history.Count <= max)
        {
            return history;
        }

        var inFeed = current.Select(d => d.Article.Id).ToHashSet(StringComparer.Ordinal);
        var room = Math.Max(0, max - history.Count(h => inFeed.Contains(h.ArticleId)));
        var keep = new HashSet<int>();
        for (var i = history.Count - 1; i >= 0; i--)
        {
            if (inFeed.Contains(history[i].ArticleId))
            {
                keep.Add(i);
            }
            else if (room > 0)
            {
                keep.Add(i);
                room--;
            }
        }

        return history.Where((_, i) => keep.Contains(i)).ToList();
    }

    /// <summary>
    /// Whether two histories remember the same items under the same keys, hashes and versions, in the same order: a poll
    /// whose history came out the same as it went in (every item unchanged, no new id or link) needs no history write.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="before"/> or <paramref name="after"/> is null.</exception>
    public static bool Same(IReadOnlyList<SeenItem> before, IReadOnlyList<SeenItem> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return before.Count == after.Count && before.Zip(after).All(p =>
            ReferenceEquals(p.First, p.Second)
            || (p.First.ArticleId == p.Second.ArticleId && p.First.ContentHash == p.Second.ContentHash && p.First.Version == p.Second.Version
                && p.First.ItemIds.SequenceEqual(p.Second.ItemIds, StringComparer.Ordinal) && p.First.Links.SequenceEqual(p.Second.Links, StringComparer.Ordinal)));
    }

    private static int Find(List<SeenItem> history, Predicate<SeenItem> match) => history.FindIndex(match);

    private static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
