namespace NewsAlerts.Core.Tests.Feeds;

using NewsAlerts.Core.Feeds;

/// <summary><see cref="FeedAddress.Normalise"/>: the spellings of one feed URL meet, different feeds stay apart (RFC 3986 §6.2.2, §6.2.3).</summary>
public sealed class One_feed_address_has_one_spelling
{
    [Theory]
    [InlineData("https://x.test/feed", "HTTPS://X.test:443/feed/#a")]
    [InlineData("https://x.test/feed", "https://x.test/feed#top")]
    [InlineData("https://x.test/feed", "https://X.TEST/feed")]
    [InlineData("https://x.test/feed", "https://x.test./feed")]
    [InlineData("https://x.test/feed", "https://x.test:443/feed")]
    [InlineData("http://x.test/feed", "http://x.test:80/feed")]
    [InlineData("https://x.test/feed", "https://x.test/feed/")]
    [InlineData("https://x.test/~news/feed", "https://x.test/%7Enews/feed")]
    [InlineData("https://x.test/~news/feed", "https://x.test/%7enews/feed")]
    [InlineData("https://x.test/news-feed", "https://x.test/news%2Dfeed")]
    [InlineData("https://x.test/a%2Fb", "https://x.test/a%2fb")]
    [InlineData("https://x.test/a/feed", "https://x.test/a/./b/../feed")]
    [InlineData("https://x.test/", "https://x.test")]
    [InlineData("https://x.test/feed", "https://x.test/feed?")]
    [InlineData("https://x.test/feed?c=world", "https://x.test/feed?c=%77orld")]
    [InlineData("https://bücher.test/feed", "https://xn--bcher-kva.test/feed")]
    [InlineData("https://BÜCHER.test/feed", "https://xn--bcher-kva.test/feed")]
    [InlineData("http://[::1]:8080/feed", "http://[0:0:0:0:0:0:0:1]:8080/feed")]
    [InlineData("http://127.0.0.1/feed", "HTTP://127.0.0.1:80/feed/#x")]
    public void Spellings_of_one_feed_are_one_address(string a, string b)
    {
        Assert.Equal(FeedAddress.Normalise(new Uri(a)), FeedAddress.Normalise(new Uri(b)));
        Assert.True(FeedAddress.Same(new Uri(a), new Uri(b)));
    }

    [Theory]
    [InlineData("http://x.test/feed", "https://x.test/feed")]
    [InlineData("https://x.test/feed", "https://x.test:8443/feed")]
    [InlineData("https://x.test/feed", "https://www.x.test/feed")]
    [InlineData("https://x.test/Feed", "https://x.test/feed")]
    [InlineData("https://x.test/feed?c=world", "https://x.test/feed?c=World")]
    [InlineData("https://x.test/feed?c=world", "https://x.test/feed")]
    [InlineData("https://x.test/a%2Fb", "https://x.test/a/b")]
    [InlineData("https://x.test/feed", "https://x.test/feeds")]
    public void Different_feeds_stay_apart(string a, string b)
    {
        Assert.NotEqual(FeedAddress.Normalise(new Uri(a)), FeedAddress.Normalise(new Uri(b)));
    }

    [Fact]
    public void The_normal_form_is_lower_case_without_port_fragment_or_trailing_slash()
    {
        Assert.Equal("https://x.test/feed", FeedAddress.Normalise(new Uri("HTTPS://X.test:443/feed/#a")));
    }

    [Fact]
    public void A_relative_url_has_no_address()
    {
        Assert.Throws<ArgumentException>(() => FeedAddress.Normalise(new Uri("/feed", UriKind.Relative)));
    }
}
