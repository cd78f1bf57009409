namespace NewsAlerts.Core.Tests.Feeds;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Validation;

/// <summary>
/// Every feed item, polled or pushed, passes the article text rule the API's articles pass (trial s42 #A: a feed item's
/// U+202E and U+200B were ingested and emailed): what can be cleaned is cleaned, and an item still holding what is not
/// text gives no article and is named, with the field and the reason, for the feed's health.
/// </summary>
public sealed class Feed_items_pass_the_article_text_rule
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly FeedDefaults Defaults = new("f1", new Uri("https://news.example/feed.xml"), null, "en", 4, new Dictionary<string, string>());

    private static FeedItem Item(string key, string? title, string? content = null, string? summary = "<p>A ceasefire holds.</p>", IReadOnlyList<string>? categories = null) =>
        new($"https://news.example/{key}", true, $"https://news.example/{key}", title, content, summary, null, Now.AddMinutes(-5), categories ?? [], null);

    private static FeedDocument Feed(params FeedItem[] items) => new("rss", "Example \u202eNews", "en", items, []);

    [Fact]
    public void The_trials_item_becomes_an_article_without_its_script_override_or_zero_width_spaces()
    {
        var (articles, refused) = FeedArticles.Read(
            Feed(Item("trial42", "Syria<script>alert(1)</script> truce \u200b\u200bholds 🕊️ in Aleppo \u202eevil")), Defaults, Now);

        Assert.Empty(refused);
        var article = Assert.Single(articles);
        Assert.Equal("Syria truce holds 🕊️ in Aleppo evil", article.Headline);
        Assert.Equal("A ceasefire holds.", article.Body);
        Assert.Equal("Example News", article.Source);
    }

    [Fact]
    public void Content_summary_and_categories_are_cleaned_too()
    {
        var article = Assert.Single(FeedArticles.Read(
            Feed(Item("all", "Talks", content: "<p>Talks \u2066resume\u2069\u200b.</p>", summary: "<p>Short \u202dsummary</p>", categories: ["Middle\u200b East\u202c"])),
            Defaults, Now).Articles);

        Assert.Equal("Talks resume.", article.Body);
        Assert.Equal("Short summary", article.Description);
        Assert.Equal(["Middle East"], article.Subjects);
    }

    [Theory]
    [InlineData("title", "Ceasefire \uE000 signed", null, null)]
    [InlineData("content", "Ceasefire signed", "<p>Text with a bell \u0007 in it</p>", null)]
    [InlineData("summary", "Ceasefire signed", null, "Hidden \u2062 times")]
    public void An_item_still_holding_what_is_not_text_is_refused_and_named_with_the_field_and_the_reason(string field, string title, string? content, string? summary)
    {
        var bad = Item("bad", title, content, summary ?? "<p>A ceasefire holds.</p>");
        var (articles, refused) = FeedArticles.Read(Feed(Item("good", "Truce holds"), bad), Defaults, Now);

        Assert.Equal("https://news.example/good", Assert.Single(articles).Id);
        var failure = Assert.Single(refused);
        Assert.Equal("https://news.example/bad", failure.ArticleId);
        Assert.StartsWith($"{field}: contains U+", failure.Reason, StringComparison.Ordinal);
        Assert.EndsWith("; remove it", failure.Reason, StringComparison.Ordinal);
    }

    // Session 43: one hostile category (bidi controls, control characters, an over-long label) refused the whole item, so
    // nobody was alerted for a label. Categories are dropped one by one (FeedCategories); the item and its good ones stay.
    [Theory]
    [InlineData("Politics \uE001")]
    [InlineData("Bell \u0007 ringing")]
    [InlineData("Hidden \u2062 times")]
    [InlineData("\u202e\u2066\u200b")]
    [InlineData("")]
    public void A_category_still_not_text_is_dropped_and_the_item_kept(string hostile)
    {
        var item = Item("cat", "Ceasefire signed", categories: ["World", hostile, "Middle\u202e East"]);

        var (articles, refused) = FeedArticles.Read(Feed(item), Defaults, Now);

        Assert.Empty(refused);
        Assert.Equal(["World", "Middle East"], Assert.Single(articles).Subjects);
    }

    [Fact]
    public void An_over_long_category_and_those_past_the_apis_hundred_are_dropped()
    {
        IReadOnlyList<string> many = [new string('x', FeedCategories.MaxLength + 1), new string('y', FeedCategories.MaxLength), .. Enumerable.Range(0, 150).Select(i => $"c{i}")];

        var article = Assert.Single(FeedArticles.Read(Feed(Item("long", "Ceasefire signed", categories: many)), Defaults, Now).Articles);

        Assert.Equal(FeedCategories.MaxCount, article.Subjects.Count);
        Assert.Equal(new string('y', FeedCategories.MaxLength), article.Subjects[0]);
        Assert.DoesNotContain(new string('x', FeedCategories.MaxLength + 1), article.Subjects);
    }

    // Which fields salvage and which refuse: the title, content and summary are what the alert says, so one that cannot be
    // cleaned refuses the item (named in the health); the categories and the feed's title only label it, so they are
    // dropped; an author (RSS author, dc:creator, Atom author) is not read at all (alerts carry no byline from a feed).
    [Fact]
    public void With_several_hostile_fields_the_summary_refuses_and_the_categories_and_feed_title_are_dropped()
    {
        var hostile = Item("many", "Ceasefire signed", summary: "<p>Hidden \u2062 times</p>", categories: ["Politics \uE001", "World"]);
        var labelsOnly = Item("labels", "Truce holds", categories: ["Politics \uE001", new string('z', 500), "World"]);
        var feed = new FeedDocument("rss", "Example \uE000 News", "en", [hostile, labelsOnly], []);

        var (articles, refused) = FeedArticles.Read(feed, Defaults, Now);

        var failure = Assert.Single(refused);
        Assert.Equal("https://news.example/many", failure.ArticleId);
        Assert.StartsWith("summary: contains U+2062", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("category", failure.Reason, StringComparison.Ordinal);
        var kept = Assert.Single(articles);
        Assert.Equal(["World"], kept.Subjects);
        // A feed title that is not text is dropped; the source is then the feed's host (ArticleSource, digest builder s43).
        Assert.Equal("news.example", kept.Source);
    }

    [Fact]
    public void An_item_without_an_id_or_text_is_named_by_its_place_in_the_feed()
    {
        var empty = new FeedItem(null, true, null, null, null, null, null, null, [], null);
        var failure = Assert.Single(FeedArticles.Read(Feed(Item("good", "Truce holds"), empty), Defaults, Now).Refused);

        Assert.Equal("item 2 of the feed", failure.ArticleId);
        Assert.Contains("guid: the item has neither a GUID nor a link", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_list_of_reasons_is_cut_to_what_a_health_keeps()
    {
        var bad = Item("many", "Bad \uE000", "<p>Bad \uE000</p>", "<p>Bad \uE000</p>", [.. Enumerable.Range(0, 20).Select(i => $"Cat {i} \uE000")]);

        Assert.Equal(ArticleFailure.MaxReasonLength, Assert.Single(FeedArticles.Read(Feed(bad), Defaults, Now).Refused).Reason.Length);
    }

    [Fact]
    public void A_feed_title_that_is_still_not_text_gives_way_to_the_feeds_host_and_the_items_stay_in()
    {
        var article = Assert.Single(FeedArticles.Read(Feed(Item("good", "Truce holds")) with { Title = "Bell \u0007 News" }, Defaults, Now).Articles);

        // The source line is never empty (trial s42 #15): the feed's host names where the story came from.
        Assert.Equal("news.example", article.Source);
    }

    [Fact]
    public void A_lone_surrogate_is_refused_as_the_api_refuses_it()
    {
        Assert.Equal(FreeText.Clean("half \ud800 pair"), FreeText.Salvage("half \ud800 pair", lineBreaks: false));
    }
}
