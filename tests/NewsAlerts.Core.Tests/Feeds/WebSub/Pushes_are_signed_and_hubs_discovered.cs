namespace NewsAlerts.Core.Tests.Feeds.WebSub;

using System.Text;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Feeds.WebSub;

public sealed class Pushes_are_signed_and_hubs_discovered
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>T</title></channel></rss>");

    [Theory]
    [InlineData("sha1")]
    [InlineData("sha256")]
    [InlineData("sha384")]
    [InlineData("sha512")]
    public void A_signature_of_the_body_with_the_secret_is_valid_for_each_method(string method)
    {
        var header = WebSubSignature.Sign(method, Body, "secret");
        Assert.StartsWith($"{method}=", header, StringComparison.Ordinal);
        Assert.True(WebSubSignature.IsValid(header, Body, "secret"));
        Assert.True(WebSubSignature.IsValid(header.ToUpperInvariant(), Body, "secret"));
    }

    [Fact]
    public void The_well_known_hmac_sha256_vector_is_matched()
    {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        var data = Encoding.ASCII.GetBytes("what do ya want for nothing?");
        Assert.True(WebSubSignature.IsValid("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", data, "Jefe"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256")]
    [InlineData("=abcd")]
    [InlineData("md5=00")]
    [InlineData("sha256=zz")]
    [InlineData("sha256=00")]
    public void A_missing_malformed_or_unknown_signature_is_invalid(string? header)
    {
        Assert.False(WebSubSignature.IsValid(header, Body, "secret"));
    }

    [Fact]
    public void A_signature_with_another_secret_or_of_another_body_is_invalid()
    {
        var header = WebSubSignature.Sign("sha256", Body, "secret");
        Assert.False(WebSubSignature.IsValid(header, Body, "other"));
        Assert.False(WebSubSignature.IsValid(header, [.. Body, (byte)' '], "secret"));
    }

    [Fact]
    public void Link_headers_are_read_by_relation_with_quotes_commas_and_relative_targets()
    {
        var header = "<https://hub.example.com/>; rel=\"hub\", </feed.xml>; rel=\"self\"; title=\"a, b\", <https://h2.example.com/>; rel=\"alternate HUB\"";
        var baseUrl = new Uri("https://news.example.com/x/feed.xml");

        Assert.Equal([new Uri("https://hub.example.com/"), new Uri("https://h2.example.com/")], LinkHeader.Targets(header, "hub", baseUrl));
        Assert.Equal([new Uri("https://news.example.com/feed.xml")], LinkHeader.Targets(header, "self", baseUrl));
        Assert.Empty(LinkHeader.Targets(null, "hub", baseUrl));
        Assert.Empty(LinkHeader.Targets("<broken; rel=hub", "hub", baseUrl));
    }

    [Fact]
    public void Link_headers_win_over_the_document_and_a_feed_without_a_self_url_is_not_subscribed()
    {
        var document = new FeedDocument("rss", "T", null, [], []) { Hubs = [new Uri("https://doc-hub.example.com/")], Self = new Uri("https://news.example.com/doc.xml") };
        var fetch = new FeedFetch(200, document, null, null, null, null, null);

        Assert.Equal(new WebSubDiscovery(new Uri("https://doc-hub.example.com/"), new Uri("https://news.example.com/doc.xml")), WebSubDiscovery.Of(fetch));
        Assert.Equal(
            new WebSubDiscovery(new Uri("https://hub.example.com/"), new Uri("https://news.example.com/header.xml")),
            WebSubDiscovery.Of(fetch with { Hubs = [new Uri("https://hub.example.com/")], Self = new Uri("https://news.example.com/header.xml") }));
        Assert.Null(WebSubDiscovery.Of(fetch with { Document = document with { Self = null } }));
        Assert.Null(WebSubDiscovery.Of(fetch with { Document = document with { Hubs = [new Uri("ftp://hub.example.com/")] } }));
    }
}
