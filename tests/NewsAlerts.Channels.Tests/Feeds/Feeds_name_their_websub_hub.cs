namespace NewsAlerts.Channels.Tests.Feeds;

using System.Text;
using NewsAlerts.Channels.Feeds;

public sealed class Feeds_name_their_websub_hub
{
    private static readonly Uri FeedUrl = new("https://news.example/world/feed.xml");

    [Fact]
    public void An_RSS_channel_names_its_hub_and_self_with_atom_links()
    {
        const string rss = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>World</title>
            <atom:link rel="hub" href="https://pubsubhubbub.appspot.com/"/>
            <atom:link rel="self" type="application/rss+xml" href="/world/feed.xml"/>
            <item><title>One</title><link>https://news.example/1</link><guid>g1</guid><atom:link rel="hub" href="https://item-hub.example/"/></item>
            </channel></rss>
            """;

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(rss), "utf-8", FeedUrl);

        Assert.Equal([new Uri("https://pubsubhubbub.appspot.com/")], feed.Hubs);
        Assert.Equal(FeedUrl, feed.Self);
        Assert.Single(feed.Items);
    }

    [Fact]
    public void An_Atom_feed_names_its_hubs_and_self_with_links()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>World</title><id>urn:w</id><updated>2025-06-10T04:00:00Z</updated>
            <link rel="hub" href="https://hub-a.example/"/><link rel="hub" href="https://hub-b.example/"/>
            <link rel="self" href="https://news.example/world/feed.atom"/><link rel="alternate" href="https://news.example/world/"/>
            <entry><title>One</title><id>urn:1</id><updated>2025-06-10T04:00:00Z</updated><link href="https://news.example/1"/></entry>
            </feed>
            """;

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(atom), "utf-8", FeedUrl);

        Assert.Equal([new Uri("https://hub-a.example/"), new Uri("https://hub-b.example/")], feed.Hubs);
        Assert.Equal(new Uri("https://news.example/world/feed.atom"), feed.Self);
    }

    [Fact]
    public void A_JSON_feed_names_its_hubs_and_feed_url()
    {
        const string json = """
            {"version":"https://jsonfeed.org/version/1.1","title":"World","feed_url":"https://news.example/world/feed.json",
             "hubs":[{"type":"WebSub","url":"https://hub.example/"},{"type":"rssCloud"},"junk"],
             "items":[{"id":"1","url":"https://news.example/1","title":"One","content_text":"x"}]}
            """;

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(json), "utf-8", FeedUrl);

        Assert.Equal([new Uri("https://hub.example/")], feed.Hubs);
        Assert.Equal(new Uri("https://news.example/world/feed.json"), feed.Self);
    }

    [Fact]
    public void A_feed_without_links_names_no_hub()
    {
        var feed = FeedParser.Parse("<rss version=\"2.0\"><channel><title>T</title><link>https://news.example/</link></channel></rss>"u8, null, FeedUrl);

        Assert.Empty(feed.Hubs);
        Assert.Null(feed.Self);
    }
}
