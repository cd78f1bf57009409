namespace NewsAlerts.Channels.Tests.Feeds;

using System.Text;
using NewsAlerts.Channels.Feeds;

public sealed class Feeds_are_parsed_with_their_gaps_covered
{
    private static readonly Uri FeedUrl = new("https://news.example/world/feed.xml");

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>World</title><language>en-gb</language>
        <item><title>Ceasefire agreed</title><link>/world/1</link><guid isPermaLink="false">a-1</guid>
          <description>&lt;p&gt;Talks &lt;b&gt;resume&lt;/b&gt;.&lt;/p&gt;</description>
          <pubDate>Tue, 10 Jun 2025 04:00:00 EST</pubDate><category>Middle East</category></item>
        <item><title>Storm warning</title><link>https://news.example/world/2</link><guid>https://news.example/world/2</guid>
          <pubDate>Tue, 10 Jun 2025 05:00 GMT</pubDate></item>
        </channel></rss>
        """;

    [Fact]
    public void RSS_items_keep_GUID_permanence_relative_links_dates_categories_and_language()
    {
        var feed = FeedParser.Parse(Utf8(Rss), "utf-8", FeedUrl);
        Assert.True(feed.IsClean, string.Join("; ", feed.Errors));
        Assert.Equal("rss", feed.Format);
        Assert.Equal("World", feed.Title);
        Assert.Equal(2, feed.Items.Count);
        var first = feed.Items[0];
        Assert.Equal("a-1", first.Guid);
        Assert.False(first.GuidIsPermaLink);
        Assert.Equal("https://news.example/world/1", first.Link);
        Assert.Equal(new DateTimeOffset(2025, 6, 10, 9, 0, 0, TimeSpan.Zero), first.Published);
        Assert.Equal(["Middle East"], first.Categories);
        Assert.Equal("en-gb", first.Language);
        Assert.Contains("<b>resume</b>", first.SummaryHtml, StringComparison.Ordinal);
        Assert.True(feed.Items[1].GuidIsPermaLink);
        Assert.Equal(new DateTimeOffset(2025, 6, 10, 5, 0, 0, TimeSpan.Zero), feed.Items[1].Published);
    }

    [Fact]
    public void The_charset_of_the_HTTP_header_wins_over_the_XML_declaration()
    {
        // The server re-encoded the feed as UTF-8 but left the ISO-8859-1 declaration.
        var body = Utf8("""<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>t</title><item><title>Café in Zürich</title><link>https://news.example/c</link></item></channel></rss>""");
        Assert.Equal("Café in Zürich", FeedParser.Parse(body, "utf-8", FeedUrl).Items[0].Title);
        Assert.Equal("CafÃ© in ZÃ¼rich", FeedParser.Parse(body, null, FeedUrl).Items[0].Title);
    }

    [Fact]
    public void Without_a_header_the_XML_declaration_names_the_charset()
    {
        var body = Encoding.Latin1.GetBytes("""<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>t</title><item><title>Café</title><link>https://news.example/c</link></item></channel></rss>""");
        var feed = FeedParser.Parse(body, null, FeedUrl);
        Assert.Equal("Café", feed.Items[0].Title);
        Assert.True(feed.IsClean, string.Join("; ", feed.Errors));
    }

    [Fact]
    public void A_byte_order_mark_wins_over_everything()
    {
        var body = new UnicodeEncoding(false, true).GetPreamble()
            .Concat(Encoding.Unicode.GetBytes("""<?xml version="1.0" encoding="utf-16"?><rss version="2.0"><channel><title>t</title><item><title>Ünïcode</title><link>https://news.example/u</link></item></channel></rss>"""))
            .ToArray();
        Assert.Equal("Ünïcode", FeedParser.Parse(body, "iso-8859-1", FeedUrl).Items[0].Title);
    }

    [Fact]
    public void Atom_links_are_resolved_against_xml_base()
    {
        var body = Utf8("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://cdn.example/blog/" xml:lang="de">
              <title>Blog</title><id>urn:feed</id><updated>2025-06-10T04:00:00Z</updated>
              <entry><id>urn:entry:1</id><title type="html">A &amp;amp; B</title><link href="posts/1"/>
                <published>2025-06-10T04:00:00+02:00</published><updated>2025-06-11T04:00:00Z</updated>
                <content type="html">&lt;p&gt;Body&lt;/p&gt;</content><category term="Politics"/></entry>
            </feed>
            """);
        var feed = FeedParser.Parse(body, null, FeedUrl);
        Assert.Equal("atom", feed.Format);
        var entry = Assert.Single(feed.Items);
        Assert.Equal("urn:entry:1", entry.Guid);
        Assert.Equal("https://cdn.example/blog/posts/1", entry.Link);
        Assert.Equal(new DateTimeOffset(2025, 6, 10, 2, 0, 0, TimeSpan.Zero), entry.Published);
        Assert.Equal("de", entry.Language);
        Assert.Equal(["Politics"], entry.Categories);
        Assert.Contains("Body", entry.ContentHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void JSON_Feed_items_are_read()
    {
        var body = Utf8("""
            {"version":"https://jsonfeed.org/version/1.1","title":"J","language":"es","items":[
              {"id":"j-1","url":"https://news.example/j/1","title":"Hola","content_html":"<p>Texto</p>","date_published":"2025-06-10T04:00:00Z","tags":["Mundo"]}]}
            """);
        var feed = FeedParser.Parse(body, null, FeedUrl);
        Assert.Equal("json", feed.Format);
        var item = Assert.Single(feed.Items);
        Assert.Equal("j-1", item.Guid);
        Assert.Equal("https://news.example/j/1", item.Link);
        Assert.Equal("Hola", item.Title);
        Assert.Equal(new DateTimeOffset(2025, 6, 10, 4, 0, 0, TimeSpan.Zero), item.Published);
    }

    [Fact]
    public void An_HTML_error_page_is_not_read_as_a_feed()
    {
        var feed = FeedParser.Parse(Utf8("<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>"), "utf-8", FeedUrl);
        Assert.Empty(feed.Items);
        Assert.Contains(feed.Errors, e => e.Contains("HTML", StringComparison.Ordinal));
    }

    [Fact]
    public void HTML_entities_and_bare_ampersands_are_repaired_and_recorded()
    {
        var body = Utf8("""<rss version="2.0"><channel><title>t</title><item><title>Tom &amp; Jerry&nbsp;return &copy; R&D</title><link>https://news.example/t</link></item></channel></rss>""");
        var feed = FeedParser.Parse(body, null, FeedUrl);
        Assert.Equal("Tom & Jerry\u00a0return © R&D", Assert.Single(feed.Items).Title);
        Assert.NotEmpty(feed.Errors);
    }

    [Fact]
    public void A_truncated_feed_keeps_the_items_before_the_damage_and_records_the_error()
    {
        var body = Utf8("""<rss version="2.0"><channel><title>t</title><item><title>One</title><link>https://news.example/1</link></item><item><title>Two</title><link>https://news.example/2</link></item><item><title>Thr""");
        var feed = FeedParser.Parse(body, null, FeedUrl);
        Assert.Equal(["One", "Two"], feed.Items.Select(i => i.Title));
        Assert.NotEmpty(feed.Errors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not a feed")]
    [InlineData("{\"version\": 1")]
    [InlineData("<?xml version=\"1.0\" encoding=\"bogus\"?><rss/>")]
    public void Garbage_yields_errors_not_exceptions(string text)
    {
        var feed = FeedParser.Parse(Utf8(text), null, FeedUrl);
        Assert.NotEmpty(feed.Errors);
    }

    [Fact]
    public void An_entity_expansion_bomb_in_the_DOCTYPE_is_never_expanded()
    {
        var entities = string.Concat(Enumerable.Range(1, 9).Select(n => $"<!ENTITY lol{n} \"{string.Concat(Enumerable.Repeat($"&lol{n - 1};", 10))}\">"));
        var body = Utf8($"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">{entities}]><rss version="2.0"><channel><title>t</title><item><title>&lol9;</title><link>https://news.example/b</link></item></channel></rss>""");
        var feed = FeedParser.Parse(body, null, FeedUrl);
        Assert.Equal("&lol9;", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void An_RSS_091_DOCTYPE_is_dropped_and_its_HTML_entities_still_read()
    {
        var body = Utf8("""<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>t</title><item><title>Caf&eacute;</title><link>https://news.example/c</link></item></channel></rss>""");
        Assert.Equal("Café", Assert.Single(FeedParser.Parse(body, null, FeedUrl).Items).Title);
    }
}
