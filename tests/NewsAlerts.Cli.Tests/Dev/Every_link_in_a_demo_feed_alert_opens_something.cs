namespace NewsAlerts.Cli.Tests.Dev;

using System.Text;
using System.Xml.Linq;
using NewsAlerts.Channels.Feeds;
using NewsAlerts.Cli.Dev;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Feeds;

/// <summary>
/// Trial s44 #3: the demo newsroom's items linked https://newsroom.demo.newsalerts.local/..., a host that does not exist,
/// so the first alert and digest a newcomer clicked opened a browser error (and the text's short link redirected there).
/// The items carry no link of their own: read as the poller reads them, each story links its short-link page on the
/// local host, which shows it.
/// </summary>
public sealed class Every_link_in_a_demo_feed_alert_opens_something
{
    private static readonly Uri Url = new("http://127.0.0.1:5095/demo/newsroom.xml");
    private static readonly Uri Host = new("http://127.0.0.1:7071/");
    private static readonly FeedDefaults Defaults = new("feed1", Url, "Demo Newsroom", "en", 2, new Dictionary<string, string>());

    [Fact]
    public void Each_demo_item_links_its_short_link_page_on_the_local_host()
    {
        var at = new DateTimeOffset(2026, 12, 3, 17, 25, 0, TimeSpan.Zero);
        var rss = FeedDemo.Newsroom(includeNews: true, at);
        var document = FeedParser.Parse(Encoding.UTF8.GetBytes(rss), "utf-8", Url);
        var articles = document.Items.Select(i => FeedArticles.ToArticle(i, document, Defaults, at).Value!).ToList();

        Assert.Equal(3, articles.Count);
        foreach (var article in articles)
        {
            var page = new Uri(Host, $"api/a/{AlertLinks.ShortCode(article.Id)}");
            Assert.Equal(page, StoryLinks.Of(article.Url, page));
            Assert.Equal(Host.Authority, StoryLinks.Of(article.Url, page).Authority);
        }
    }

    [Fact]
    public void No_item_of_the_demo_newsroom_names_a_host_that_does_not_exist()
    {
        var rss = FeedDemo.Newsroom(includeNews: true, new DateTimeOffset(2026, 12, 3, 17, 25, 0, TimeSpan.Zero));

        var items = XDocument.Parse(rss).Descendants("item").ToList();

        Assert.Equal(3, items.Count);
        Assert.All(items, item => Assert.DoesNotContain("newsalerts.local", item.ToString(), StringComparison.Ordinal));
    }
}
