namespace NewsAlerts.Channels.Tests.Feeds;

using System.Text;
using NewsAlerts.Channels.Feeds;
using NewsAlerts.Core.Feeds;

/// <summary>
/// A real RSS body with hostile fields, parsed and read as a poll reads it (session 43): a category holding a private-use
/// character, bidi controls or 300 characters is dropped and the item kept; an author is never read (alerts carry no
/// byline from a feed), whatever it holds; a summary that is still not text after cleaning refuses its item, which is
/// named for the feed's health, because it is what the alert would say.
/// </summary>
public sealed class Hostile_item_fields_are_salvaged_dropped_or_refused
{
    private static readonly Uri FeedUrl = new("https://news.example/world/feed.xml");
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private static readonly string Rss = $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>World</title><language>en</language>
        <item><title>Ceasefire agreed</title><link>https://news.example/world/1</link>
          <description>Talks resume.</description>
          <author>evil&#x202E;gpj.exe &#xE000;</author><dc:creator>&#x2066;Mallory&#xE001;</dc:creator>
          <category>Politics &#xE000;</category><category>&#x202E;World&#x202C;</category>
          <category>{new string('x', 300)}</category><category>Middle East</category></item>
        <item><title>Storm warning</title><link>https://news.example/world/2</link>
          <description>Hidden &#x2062; times</description><category>Weather</category></item>
        </channel></rss>
        """;

    [Fact]
    public void Categories_are_dropped_one_by_one_the_author_is_ignored_and_a_summary_still_not_text_refuses_its_item()
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(Rss), "utf-8", FeedUrl);
        var defaults = new FeedDefaults("f1", FeedUrl, null, "en", 5, new Dictionary<string, string>());

        var (articles, refused) = FeedArticles.Read(feed, defaults, Now);

        var article = Assert.Single(articles);
        Assert.Equal("https://news.example/world/1", article.Id);
        Assert.Equal(["World", "Middle East"], article.Subjects);
        Assert.Null(article.Byline);
        Assert.DoesNotContain("Mallory", article.Body, StringComparison.Ordinal);
        var failure = Assert.Single(refused);
        Assert.Equal("https://news.example/world/2", failure.ArticleId);
        Assert.StartsWith("summary: contains U+2062", failure.Reason, StringComparison.Ordinal);
    }
}
