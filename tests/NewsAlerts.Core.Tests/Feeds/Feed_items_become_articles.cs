namespace NewsAlerts.Core.Tests.Feeds;

using NewsAlerts.Core.Feeds;

public sealed class Feed_items_become_articles
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly FeedDefaults Defaults = new(
        "f1", new Uri("https://news.example/world/feed.xml"), "Example News", "en", 4,
        new Dictionary<string, string> { ["Middle East"] = "medtop:16000000" });

    private static readonly FeedDocument Feed = new("rss", "Example World", "fr", [], []);

    private static FeedItem Item(string? guid = "https://news.example/a/1", bool permaLink = true, string? link = "https://news.example/a/1") =>
        new(guid, permaLink, link, "Ceasefire &amp; talks", "<p>Talks <b>resume</b>.</p><p>More soon.</p>", "<p>Short summary</p>",
            "Tue, 10 Jun 2025 04:00:00 GMT", new DateTimeOffset(2025, 6, 10, 4, 0, 0, TimeSpan.Zero), ["Middle East", "Politics", "politics"], null);

    [Fact]
    public void The_article_carries_headline_text_body_url_time_language_subjects_and_the_feeds_defaults()
    {
        var article = FeedArticles.ToArticle(Item(), Feed, Defaults, Now).Value!;
        Assert.Equal("https://news.example/a/1", article.Id);
        Assert.Equal(1, article.Version);
        Assert.Equal("Ceasefire & talks", article.Headline);
        Assert.Equal("Talks resume.\n\nMore soon.", article.Body);
        Assert.Equal("Short summary", article.Description);
        Assert.Equal(new Uri("https://news.example/a/1"), article.Url);
        Assert.Equal(new DateTimeOffset(2025, 6, 10, 4, 0, 0, TimeSpan.Zero), article.PublishedAt);
        Assert.Equal("fr", article.Language);
        Assert.Equal(["medtop:16000000", "Politics"], article.Subjects);
        Assert.Equal(4, article.Urgency);
        Assert.Equal("Example News", article.Source);
    }

    [Fact]
    public void Without_a_GUID_the_link_is_the_id()
    {
        Assert.Equal("https://news.example/a/1", FeedArticles.ToArticle(Item(guid: null), Feed, Defaults, Now).Value!.Id);
    }

    [Fact]
    public void A_GUID_that_is_not_a_permalink_gives_way_to_the_link()
    {
        Assert.Equal("https://news.example/a/1", FeedArticles.ToArticle(Item(guid: "abc-123", permaLink: false), Feed, Defaults, Now).Value!.Id);
    }

    [Fact]
    public void A_bare_GUID_without_a_link_is_qualified_by_the_feed()
    {
        Assert.Equal("urn:newsalerts:feed:f1:abc-123", FeedArticles.ToArticle(Item(guid: "abc-123", link: null), Feed, Defaults, Now).Value!.Id);
    }

    [Fact]
    public void A_relative_link_is_resolved_against_the_feeds_url()
    {
        var article = FeedArticles.ToArticle(Item(guid: null, link: "../a/2"), Feed, Defaults, Now).Value!;
        Assert.Equal(new Uri("https://news.example/a/2"), article.Url);
        Assert.Equal("https://news.example/a/2", article.Id);
    }

    [Fact]
    public void A_link_that_is_not_http_is_dropped()
    {
        Assert.Null(FeedArticles.ToArticle(Item(link: "javascript:alert(1)"), Feed, Defaults, Now).Value!.Url);
    }

    [Fact]
    public void Without_content_the_description_is_the_body()
    {
        var article = FeedArticles.ToArticle(Item() with { ContentHtml = null }, Feed, Defaults, Now).Value!;
        Assert.Equal("Short summary", article.Body);
        Assert.Null(article.Description);
    }

    [Fact]
    public void Without_a_title_the_headline_is_cut_from_the_text()
    {
        var article = FeedArticles.ToArticle(Item() with { Title = null, ContentHtml = null, SummaryHtml = new string('x', 10) + " " + new string('y', 500) }, Feed, Defaults, Now).Value!;
        Assert.True(article.Headline.Length <= FeedArticles.MaxHeadlineLength);
        Assert.StartsWith("xxxxxxxxxx", article.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_or_future_time_becomes_the_time_the_poll_saw_it()
    {
        Assert.Equal(Now, FeedArticles.ToArticle(Item() with { Published = null }, Feed, Defaults, Now).Value!.PublishedAt);
        Assert.Equal(Now, FeedArticles.ToArticle(Item() with { Published = Now.AddDays(30) }, Feed, Defaults, Now).Value!.PublishedAt);
    }

    [Fact]
    public void The_items_language_wins_over_the_feeds_and_the_feeds_over_the_default()
    {
        Assert.Equal("de", FeedArticles.ToArticle(Item() with { Language = "DE" }, Feed, Defaults, Now).Value!.Language);
        Assert.Equal("en", FeedArticles.ToArticle(Item(), Feed with { Language = null }, Defaults, Now).Value!.Language);
    }

    [Theory]
    [InlineData("english", "fr", "en")]
    [InlineData("eng", "fr", "en")]
    [InlineData("EN-gb", "fr", "en")]
    [InlineData("xx-yy", "German", "de")]
    [InlineData("xx-yy", null, "en")]
    public void Languages_are_stored_as_ISO_639_1_codes_and_unrecognised_ones_are_skipped(string itemLanguage, string? feedLanguage, string expected) =>
        Assert.Equal(expected, FeedArticles.ToArticle(Item() with { Language = itemLanguage }, Feed with { Language = feedLanguage }, Defaults, Now).Value!.Language);

    [Fact]
    public void An_item_with_neither_id_nor_text_is_refused_with_reasons_not_an_exception()
    {
        var result = FeedArticles.ToArticle(new FeedItem(null, true, null, null, null, null, null, null, [], null), Feed, Defaults, Now);
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Field == "guid");
        Assert.Contains(result.Errors, e => e.Field == "title");
    }

    [Fact]
    public void A_very_long_id_is_replaced_by_a_digest()
    {
        var id = FeedArticles.ToArticle(Item(guid: "https://news.example/" + new string('a', 1000)), Feed, Defaults, Now).Value!.Id;
        Assert.StartsWith("urn:newsalerts:feed:f1:sha256:", id, StringComparison.Ordinal);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(id) <= FeedArticles.MaxIdBytes);
    }

    // Issue 18 (batch review): a 390-character ASCII link passed the old 400-character bound, but its base64url table key
    // is 520 characters, over Azure Tables' 512 (1 KiB), so Tables refused it on every poll. Ids are bounded in UTF-8
    // bytes, so any id kept as written encodes to at most 400 key characters; longer ones become a stable digest.
    [Theory]
    [InlineData(390, 'a', true)]
    [InlineData(301, 'a', true)]
    [InlineData(300, 'a', false)]
    [InlineData(161, 'é', true)]
    [InlineData(160, 'é', false)]
    [InlineData(115, '文', true)]
    [InlineData(114, '文', false)]
    public void An_id_is_kept_only_while_its_table_key_fits(int length, char letter, bool digested)
    {
        // A GUID is kept as written (a link's non-ASCII letters are percent-encoded first, so only a GUID keeps them).
        var guid = "https://news.example/" + new string(letter, length - "https://news.example/".Length);
        var article = FeedArticles.ToArticle(Item(guid: guid), Feed, Defaults, Now).Value!;
        var again = FeedArticles.ToArticle(Item(guid: guid), Feed, Defaults, Now.AddHours(1)).Value!;

        Assert.Equal(digested, article.Id.StartsWith("urn:newsalerts:feed:f1:sha256:", StringComparison.Ordinal));
        Assert.Equal(article.Id, again.Id);
        Assert.True(KeyLength(article.Id) <= 400);
    }

    [Fact]
    public void The_reviewers_390_character_link_gets_a_digest_id_and_keeps_its_url()
    {
        var link = "https://news.example/" + new string('a', 390 - "https://news.example/".Length);
        var article = FeedArticles.ToArticle(Item(guid: null, link: link), Feed, Defaults, Now).Value!;

        Assert.Equal(520, KeyLength(link));
        Assert.StartsWith("urn:newsalerts:feed:f1:sha256:", article.Id, StringComparison.Ordinal);
        Assert.True(KeyLength(article.Id) <= 400);
        Assert.Equal(new Uri(link), article.Url);
    }

    // The length of the id's table key (base64url of its UTF-8, as TableKeys.Encode makes it).
    private static int KeyLength(string id) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(id)).TrimEnd('=').Length;
}
