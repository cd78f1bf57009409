namespace NewsAlerts.Core.Tests.Articles;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Planning;

// Trial s42 #15: a story published from the editor console (no source field) showed its time without a source in the
// digest. Each way in that may leave the source empty: the console, the API without `source`/`copyrightholder`, a feed
// without a registered name or title.
public sealed class Every_alert_names_a_source
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 14, 20, 0, TimeSpan.Zero);

    [Fact]
    public void A_console_story_with_a_link_shows_the_links_host()
    {
        // The trial's story: headline, body, urgency, url and id typed in the console, no source.
        var article = Parse("""{"uri":"urn:trial:syria-truce-aleppo-1","headline":"Syria truce extended to Aleppo after weekend talks","body_text":"The Syrian government and rebel groups agreed.","urgency":1,"url":"https://news.example.com/syria-truce-aleppo"}""");

        Assert.Null(article.Source);
        Assert.Equal("news.example.com", ArticleSource.Of(article));
        Assert.Equal("news.example.com", AlertPlanner.ContentOf(article).Source);
    }

    [Theory]
    [InlineData("""{"uri":"a","headline":"h","body_text":"b","source":"The Straits Times","url":"https://www.straits.example/a"}""", "The Straits Times")]
    [InlineData("""{"uri":"a","headline":"h","body_text":"b","copyrightholder":"Wire","url":"https://www.straits.example/a"}""", "Wire")]
    [InlineData("""{"uri":"a","headline":"h","body_text":"b","url":"https://www.straits.example/a"}""", "straits.example")]
    [InlineData("""{"uri":"a","headline":"h","body_text":"b","source":"  ","url":"https://straits.example/a"}""", "straits.example")]
    [InlineData("""{"uri":"a","headline":"h","body_text":"b"}""", null)]
    public void An_api_story_shows_its_source_else_its_links_host(string ninjs, string? shown) =>
        Assert.Equal(shown, ArticleSource.Of(Parse(ninjs)));

    [Theory]
    [InlineData("Registered", "Feed Title", "Registered")]
    [InlineData(null, "Feed Title", "Feed Title")]
    [InlineData(null, null, "feeds.example.org")]
    [InlineData(null, "   ", "feeds.example.org")]
    public void A_feed_item_names_the_registered_source_else_the_feeds_title_else_its_host(string? registered, string? title, string source)
    {
        var defaults = new FeedDefaults("f1", new Uri("https://www.feeds.example.org/world.xml"), registered, "en", 4, new Dictionary<string, string>());
        var feed = new FeedDocument("rss", title, "en", [], []);
        var item = new FeedItem("urn:item:1", true, null, "Ceasefire holds", "<p>Monitors said.</p>", null, null, null, [], null);

        var article = FeedArticles.ToArticle(item, feed, defaults, Now).Value!;

        Assert.Equal(source, article.Source);
        Assert.Equal(Now, article.PublishedAt); // no pubDate: the time the poll saw it, so the time line is never empty
    }

    private static Article Parse(string ninjs) => ArticleParser.Parse(ninjs, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now)).Value!;
}
