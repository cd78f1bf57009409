using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Tests.Languages;

/// <summary>
/// Thai is segmented by ICU's dictionary word breaker (Lucene.Net.ICU ThaiTokenizer); Arabic is normalised (hamza
/// forms of alef, teh marbuta, alef maksura) and light-stemmed (Lucene's ArabicNormalizer and ArabicStemmer). The
/// sentences are made up for the tests: no licensed Thai or Arabic news text is in the shared data.
/// </summary>
public sealed class ThaiAndArabicTests
{
    private static IReadOnlyList<SubscriptionMatch> Match(string topic, string language, string headline, string? articleLanguage = null)
    {
        var index = new PercolatorIndex();
        var parsed = index.Add(new TopicSubscription("s1", "u1", topic, Language: language));
        Assert.True(parsed.Success, parsed.Error);
        return index.Match(new ArticleDocument("a1", headline, string.Empty, Language: articleLanguage ?? language));
    }

    [Fact]
    public void A_Thai_topic_finds_its_word_inside_unspaced_Thai_text()
    {
        const string headline = "ฝนตกหนักในกรุงเทพวันนี้", word = "กรุงเทพ";
        var hit = Assert.Single(Assert.Single(Match(word, "th", headline)).Explanation.Hits);

        Assert.Equal(word, hit.Matched);
        Assert.Equal(headline.IndexOf(word, StringComparison.Ordinal), hit.Offset);
    }

    [Fact]
    public void A_Thai_topic_of_an_English_subscriber_is_matched_as_Thai() =>
        Assert.Single(Match("กรุงเทพ", "en", "ฝนตกหนักในกรุงเทพวันนี้", articleLanguage: "th"));

    [Fact]
    public void A_Thai_topic_does_not_match_an_English_article() =>
        Assert.Empty(Match("กรุงเทพ", "th", "กรุงเทพ is Bangkok", articleLanguage: "en"));

    [Theory]
    [InlineData("الانتخابات", "فاز الحزب في انتخابات البرلمان", "انتخابات")]
    [InlineData("مدرسة", "افتتاح المدرسه الجديدة", "المدرسه")]
    [InlineData("أحمد", "زار احمد المدينة", "احمد")]
    public void An_Arabic_topic_finds_normalised_and_stemmed_forms(string topic, string headline, string word)
    {
        var hit = Assert.Single(Assert.Single(Match(topic, "ar", headline)).Explanation.Hits);

        Assert.Equal(word, hit.Matched);
        Assert.Equal(headline.IndexOf(word, StringComparison.Ordinal), hit.Offset);
    }

    [Fact]
    public void An_Arabic_topic_does_not_match_another_word() =>
        Assert.Empty(Match("مدرسة", "ar", "فاز الحزب في انتخابات البرلمان"));
}
