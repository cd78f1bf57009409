using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Tests.Languages;

/// <summary>
/// Trial r31, defect 4: a subscriber who signed up on the French page with the topics "Syria" and "ceasefire" got
/// neither the English story "Syria ceasefire: truce holds" nor the French "Syrie : le cessez-le-feu tient à Alep". A
/// topic is matched in its language, the subscriber's other languages and English (the wire's language), and an
/// English country name finds the name in the topic's own language too.
/// </summary>
public sealed class A_topic_in_english_words_matches_english_stories_whatever_the_subscribers_language
{
    private const string EnglishStory = "Syria ceasefire: truce holds in Aleppo";
    private const string FrenchStory = "Syrie : le cessez-le-feu tient à Alep";

    private static IReadOnlyList<SubscriptionMatch> Match(string topic, string topicLanguage, string articleLanguage, string headline)
    {
        var index = new PercolatorIndex();
        var parsed = index.Add(new TopicSubscription("s1", "u1", topic, false, topicLanguage));
        Assert.True(parsed.Success, parsed.Error);
        return index.Match(new ArticleDocument("a1", headline, string.Empty, Language: articleLanguage));
    }

    [Theory]
    [InlineData("Syria", "fr")]
    [InlineData("ceasefire", "fr")]
    [InlineData("Syria", "de")]
    [InlineData("ceasefire", "ar")]
    [InlineData("Syrie", "fr")]
    public void A_topic_of_any_language_finds_the_english_story(string topic, string language) =>
        Assert.Single(Match(topic, language, "en", EnglishStory));

    [Fact]
    public void A_french_subscribers_english_country_name_finds_the_french_story_by_its_french_name()
    {
        var hit = Assert.Single(Assert.Single(Match("Syria", "fr", "fr", FrenchStory)).Explanation.Hits);

        Assert.Equal("Syrie", hit.Matched);
        Assert.Equal(0, hit.Offset);
    }

    [Fact]
    public void A_german_subscribers_english_country_name_finds_the_german_story() =>
        Assert.Single(Match("Syria", "de", "de", "Waffenruhe in Syrien hält"));

    [Fact]
    public void The_french_topic_still_finds_the_french_story() =>
        Assert.Single(Match("Syrie", "fr", "fr", FrenchStory));

    [Theory]
    [InlineData("cessez-le-feu", "fr")]
    [InlineData("Waffenruhe", "de")]
    public void A_topic_in_the_subscribers_own_words_does_not_find_an_english_story_without_them(string topic, string language) =>
        Assert.Empty(Match(topic, language, "en", EnglishStory));

    [Fact]
    public void An_english_word_with_no_name_across_languages_still_does_not_find_the_french_story() =>
        // What the topic warning says (no dictionary translates "ceasefire" to "cessez-le-feu").
        Assert.Empty(Match("ceasefire", "fr", "fr", FrenchStory));
}
