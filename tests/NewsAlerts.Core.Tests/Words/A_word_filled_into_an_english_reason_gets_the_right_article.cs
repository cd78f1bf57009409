namespace NewsAlerts.Core.Tests.Words;

using NewsAlerts.Core.Words;

/// <summary>Trial r33 #8: reasons built from parts read "a unspecified address"; the article follows the word's sound.</summary>
public sealed class A_word_filled_into_an_english_reason_gets_the_right_article
{
    [Theory]
    [InlineData("unspecified", "an")]
    [InlineData("private", "a")]
    [InlineData("loopback", "a")]
    [InlineData("link-local", "a")]
    [InlineData("metadata", "a")]
    [InlineData("carrier-grade NAT", "a")]
    [InlineData("multicast", "a")]
    [InlineData("broadcast", "a")]
    [InlineData("reserved", "a")]
    [InlineData("documentation", "a")]
    [InlineData("email", "an")]
    [InlineData("SMS", "an")]
    [InlineData("HTML page", "an")]
    [InlineData("RSS feed", "an")]
    [InlineData("URL", "a")]
    [InlineData("Atom feed", "an")]
    [InlineData("IPv4-mapped", "an")]
    [InlineData("unique local", "a")]
    [InlineData("user", "a")]
    [InlineData("one-off", "a")]
    [InlineData("hour", "an")]
    [InlineData("", "a")]
    public void The_article_follows_how_the_word_sounds(string word, string article) => Assert.Equal(article, EnglishArticle.For(word));

    [Fact]
    public void With_puts_the_article_before_the_word() => Assert.Equal("an unspecified", EnglishArticle.With("unspecified"));
}
