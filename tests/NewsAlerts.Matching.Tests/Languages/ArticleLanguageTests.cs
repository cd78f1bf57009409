using NewsAlerts.Matching.Index;
using NewsAlerts.Matching.Languages;

namespace NewsAlerts.Matching.Tests.Languages;

/// <summary>
/// The language an article is matched in: its stated language however it is written, else English unless most of
/// its letters are in another script; an emoji or a quoted foreign name does not take it away from English topics.
/// </summary>
public sealed class ArticleLanguageTests
{
    private static bool Matches(TopicSubscription subscription, ArticleDocument article)
    {
        var index = new PercolatorIndex();
        var parsed = index.Add(subscription);
        Assert.True(parsed.Success, parsed.Error);
        return index.Match(article).Count == 1;
    }

    private static bool MatchesEnglishTopic(string headline, string? language, string body = "") =>
        Matches(new TopicSubscription("s1", "u1", "Ukraine ceasefire"), new ArticleDocument("a1", headline, body, Language: language));

    [Theory]
    [InlineData("🔴 LIVE: Ukraine ceasefire talks")]
    [InlineData("Ukraine ceasefire talks 🕊️🇺🇦")]
    [InlineData("Ukraine ceasefire: \"习近平\" and \"Путин\" speak")]
    [InlineData("Ukraine ceasefire welcomed in الرياض")]
    public void An_English_headline_with_an_emoji_or_a_quoted_foreign_name_and_no_language_matches_an_English_topic(string headline) =>
        Assert.True(MatchesEnglishTopic(headline, language: null));

    [Fact]
    public void A_Chinese_body_makes_an_article_with_a_short_Latin_headline_Chinese() =>
        Assert.True(Matches(new TopicSubscription("s1", "u1", "快乐", Language: "zh"), new ArticleDocument("a1", "NBA", "祝你们新年快乐，球迷们欢庆")));

    [Theory]
    [InlineData("祝你们新年快乐 🎉")]
    [InlineData("iPhone用户祝你们新年快乐")]
    [InlineData("新年快乐：“Biden”发表讲话")]
    public void A_mostly_Chinese_headline_with_no_language_matches_a_Chinese_topic(string headline) =>
        Assert.True(Matches(new TopicSubscription("s1", "u1", "快乐", Language: "zh"), new ArticleDocument("a1", headline, string.Empty)));

    [Theory]
    [InlineData("english")]
    [InlineData("English")]
    [InlineData("eng")]
    [InlineData("EN")]
    [InlineData("EN-gb")]
    [InlineData("en_GB")]
    public void Articles_stating_English_in_any_common_form_match_English_topics(string language) =>
        Assert.True(MatchesEnglishTopic("Ukraine ceasefire talks resume", language));

    [Theory]
    [InlineData("xx-yy")]
    [InlineData("klingon")]
    [InlineData("")]
    public void An_unrecognised_language_is_read_as_no_language(string language)
    {
        Assert.True(MatchesEnglishTopic("🔴 LIVE: Ukraine ceasefire talks", language));
        Assert.True(Matches(new TopicSubscription("s1", "u1", "快乐", Language: "zh"), new ArticleDocument("a1", "祝你们新年快乐", string.Empty, Language: language)));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("german")]
    public void Another_stated_language_is_not_matched_by_an_English_topic(string language) =>
        Assert.False(MatchesEnglishTopic("Ukraine ceasefire talks resume", language));

    [Theory]
    [InlineData("en", "en")]
    [InlineData("EN-gb", "en")]
    [InlineData("english", "en")]
    [InlineData("eng", "en")]
    [InlineData("ger", "de")]
    [InlineData("deu", "de")]
    [InlineData("French", "fr")]
    [InlineData("zho", "zh")]
    [InlineData("zh_Hant_TW", "zh")]
    [InlineData("nb-NO", "no")]
    [InlineData("pl", "pl")]
    [InlineData("xx-yy", null)]
    [InlineData("e", null)]
    [InlineData("englisch", null)]
    [InlineData(" ", null)]
    [InlineData(null, null)]
    public void Stated_languages_are_read_as_ISO_639_1_codes(string? stated, string? code) => Assert.Equal(code, LanguageTag.Recognize(stated));
}
