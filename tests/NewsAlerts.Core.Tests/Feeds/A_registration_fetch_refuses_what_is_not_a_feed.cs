namespace NewsAlerts.Core.Tests.Feeds;

using NewsAlerts.Core.Feeds;

/// <summary><see cref="FeedProbeVerdict.Refusal"/>: the one fetch at registration decides in words whether the URL is a feed.</summary>
public sealed class A_registration_fetch_refuses_what_is_not_a_feed
{
    private static readonly FeedItem Item = new("g1", true, "https://x.test/1", "Headline", null, "Body", null, null, [], "en");

    [Theory]
    [InlineData(404, "answered 404")]
    [InlineData(410, "answered 410")]
    [InlineData(500, "answered 500")]
    [InlineData(503, "answered 503")]
    [InlineData(401, "answered 401")]
    [InlineData(304, "answered 304")]
    public void A_status_other_than_200_is_named(int status, string reason)
    {
        var refusal = FeedProbeVerdict.Refusal(new FeedFetch(status, null, null, null, null, null, null));

        Assert.NotNull(refusal);
        Assert.StartsWith(reason, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void No_answer_is_refused_in_the_fetchers_words()
    {
        Assert.Equal("did not answer within 10 s (http://x.test)", FeedProbeVerdict.Refusal(FeedFetch.Failed("did not answer within 10 s (http://x.test)")));
    }

    [Fact]
    public void An_html_page_is_refused_and_names_the_feed_it_links()
    {
        var page = new FeedDocument("html", null, null, [], ["the body is an HTML page, not a feed"]) { Alternates = [new Uri("https://x.test/rss.xml"), new Uri("https://x.test/atom.xml")] };

        Assert.Equal("is an HTML page, not a feed", FeedProbeVerdict.Refusal(Ok(page with { Alternates = [] })));
        Assert.Equal("is an HTML page, not a feed; the page links the feed https://x.test/rss.xml: register that URL", FeedProbeVerdict.Refusal(Ok(page)));
    }

    [Fact]
    public void A_document_that_is_no_feed_is_refused_with_the_parsers_reason()
    {
        var json = new FeedDocument("unknown", null, null, [], ["the body is JSON but not a JSON Feed (not an object)"]);

        Assert.Equal("is not an RSS, Atom or JSON Feed document: the body is JSON but not a JSON Feed (not an object)", FeedProbeVerdict.Refusal(Ok(json)));
        Assert.Equal("is not an RSS, Atom or JSON Feed document: the body is empty", FeedProbeVerdict.Refusal(Ok(FeedDocument.Unreadable("the body is empty"))));
    }

    [Fact]
    public void A_feed_whose_reading_failed_before_any_item_is_refused_as_its_poll_would_fail()
    {
        var broken = new FeedDocument("rss", "News", null, [], ["unexpected end of file at line 3"]);

        Assert.Equal("is an RSS feed that cannot be read: unexpected end of file at line 3", FeedProbeVerdict.Refusal(Ok(broken)));
    }

    [Theory]
    [InlineData("rss", 0, 0)]
    [InlineData("rss", 0, 1)]
    [InlineData("rss", 1, 1)]
    [InlineData("atom", 0, 1)]
    [InlineData("json", 2, 0)]
    [InlineData("html", 0, 1)]
    [InlineData("unknown", 0, 1)]
    [InlineData("unknown", 1, 1)]
    public void A_registration_accepts_exactly_what_a_poll_counts_as_read(string format, int items, int errors)
    {
        var document = new FeedDocument(format, null, null, [.. Enumerable.Repeat(Item, items)], [.. Enumerable.Range(0, errors).Select(i => $"error {i}")]);

        Assert.Equal(PollOutcome.Of(Ok(document), DateTimeOffset.UnixEpoch).Succeeded, FeedProbeVerdict.Refusal(Ok(document)) is null);
    }

    [Theory]
    [InlineData("rss")]
    [InlineData("atom")]
    [InlineData("rdf")]
    [InlineData("json")]
    public void A_feed_is_accepted_even_empty_or_damaged(string format)
    {
        Assert.Null(FeedProbeVerdict.Refusal(Ok(new FeedDocument(format, "News", "en", [], []))));
        Assert.Null(FeedProbeVerdict.Refusal(Ok(new FeedDocument(format, "News", "en", [Item], ["line 40: unexpected end"]))));
    }

    [Fact]
    public void Salvaged_items_of_an_unknown_document_are_a_feed()
    {
        Assert.Null(FeedProbeVerdict.Refusal(Ok(new FeedDocument("unknown", null, null, [Item], ["not well-formed"]))));
    }

    private static FeedFetch Ok(FeedDocument document) => new(200, document, null, null, null, null, null);
}
