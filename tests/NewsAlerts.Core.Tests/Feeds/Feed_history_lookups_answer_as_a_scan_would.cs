namespace NewsAlerts.Core.Tests.Feeds;

using System.Security.Cryptography;
using System.Text;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Feeds;

/// <summary>
/// <see cref="FeedItemHistory.Decide"/> finds items through an index (session 34, for CPU): its answers are the ones of the
/// scan it replaced, kept here as the reference, over histories where ids, links and hashes collide, move and repeat.
/// </summary>
public sealed class Feed_history_lookups_answer_as_a_scan_would
{
    private static Article Article(string id, string headline, string body, string? url) =>
        new(id, 1, headline, body, null, "Example", "en", [], 5, url is null ? null : new Uri(url), DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_polls_of_a_feed_that_rewrites_ids_links_and_bodies_are_decided_as_by_a_scan(int seed)
    {
        var random = new Random(seed);
        IReadOnlyList<SeenItem> indexed = [];
        IReadOnlyList<SeenItem> scanned = [];
        for (var poll = 0; poll < 40; poll++)
        {
            // Few ids, links and bodies, so items meet each other by every key, and some carry no link.
            var articles = Enumerable.Range(0, random.Next(1, 12)).Select(_ => Article(
                $"id{random.Next(15)}",
                $"Headline {random.Next(4)}",
                $"Body {random.Next(4)}",
                random.Next(4) == 0 ? null : $"https://news.example/{random.Next(15)}")).ToList();

            var byIndex = FeedItemHistory.Decide(poll == 0, indexed, articles);
            var byScan = ScanDecide(poll == 0, scanned, articles);

            Assert.Equal(byScan.Decisions.Select(Show), byIndex.Decisions.Select(Show));
            Assert.Equal(byScan.Seen.Select(Show), byIndex.Seen.Select(Show));
            (indexed, scanned) = (byIndex.Seen, byScan.Seen);
        }

        Assert.NotEmpty(indexed);
    }

    [Fact]
    public void A_link_added_to_an_earlier_item_is_found_there_first()
    {
        // b's link is also given to a (found by its id): the next item with only that link is a's, as a scan finds it first.
        var seen = FeedItemHistory.Decide(true, [], [Article("a", "A", "a.", "https://news.example/a"), Article("b", "B", "b.", "https://news.example/b")]).Seen;
        var moved = FeedItemHistory.Decide(false, seen, [Article("a", "A", "a.", "https://news.example/b")]);
        var found = FeedItemHistory.Decide(false, moved.Seen, [Article("c", "A", "a.", "https://news.example/b")]);

        Assert.Equal(FeedItemOutcome.Rekeyed, Assert.Single(found.Decisions).Outcome);
        Assert.Equal("a", found.Decisions[0].Article.Id);
        Assert.Equal(ScanDecide(false, moved.Seen, [Article("c", "A", "a.", "https://news.example/b")]).Seen.Select(Show), found.Seen.Select(Show));
    }

    [Theory]
    [InlineData("Ceasefire agreed", "Talks resume.")]
    [InlineData("  Ceasefire\t\tagreed \r\n", "\u00A0Talks\u2028resume.\u3000")]
    [InlineData("", "")]
    [InlineData(" ", "\n\n")]
    [InlineData("Ünïcödé 😀 words", "many  spaces   between")]
    public void The_content_hash_is_the_hash_of_the_words_joined_by_one_space(string headline, string body)
    {
        var article = Article("a", headline, body, null);

        Assert.Equal(OldHash(article), FeedItemHistory.ContentHash(article));
    }

    [Fact]
    public void A_long_body_is_hashed_as_a_short_one_is()
    {
        var body = string.Concat(Enumerable.Repeat("Word\t and ünïcödé  ", 2_000));
        var article = Article("a", "Headline", body, null);

        Assert.Equal(OldHash(article), FeedItemHistory.ContentHash(article));
    }

    private static string Show(FeedItemDecision d) => $"{d.Outcome} {d.Article.Id} v{d.Article.Version}";

    private static string Show(SeenItem s) => $"{s.ArticleId} [{string.Join(",", s.ItemIds)}] [{string.Join(",", s.Links)}] {s.ContentHash} v{s.Version}";

    // The hash as it was computed before: words split and joined, then the string's bytes.
    private static string OldHash(Article article)
    {
        static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Fold(article.Headline) + "\n" + Fold(article.Body))));
    }

    // The scan FeedItemHistory.Decide made before its index: the first item (lowest place) with the id, else the link, else the hash.
    private static FeedPollResult ScanDecide(bool firstPoll, IReadOnlyList<SeenItem> seen, IReadOnlyList<Article> articles)
    {
        var history = seen.ToList();
        var decisions = new List<FeedItemDecision>(articles.Count);
        foreach (var article in articles)
        {
            var hash = FeedItemHistory.ContentHash(article);
            var link = article.Url?.AbsoluteUri;
            var index = history.FindIndex(h => h.ItemIds.Contains(article.Id, StringComparer.Ordinal));
            var byId = index >= 0;
            if (index < 0 && link is not null)
            {
                index = history.FindIndex(h => h.Links.Contains(link, StringComparer.Ordinal));
            }

            if (index < 0)
            {
                index = history.FindIndex(h => h.ContentHash == hash);
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
                decisions.Add(new FeedItemDecision(byId ? FeedItemOutcome.Unchanged : FeedItemOutcome.Rekeyed, article with { Id = known.ArticleId, Version = known.Version }));
                continue;
            }

            var version = known.Version + 1;
            history[index] = remembered with { ContentHash = hash, Version = version };
            decisions.Add(new FeedItemDecision(firstPoll ? FeedItemOutcome.Recorded : FeedItemOutcome.Changed, article with { Id = known.ArticleId, Version = version }));
        }

        return new FeedPollResult(decisions, history);
    }
}
