using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Tests.Languages;

/// <summary>
/// Trial r31, defect 4: a subscriber who signed up on the French page with the topics "Syria" and "ceasefire" got
/// neither the English story "Syria ceasefire: truce holds" nor the French "Syrie : le cessez-le-feu tient à Alep". An
/// English country name now finds the name in the topic's own language ("Syria" finds "Syrie"). A topic is matched in
/// its language and the other languages its subscriber reads (<see cref="TopicSubscription.AlsoIn"/>), not in English
/// for everyone: the review of s31 weighed false friends read as English (German "Wahl", "Gift", "Rat"; Dutch "brand";
/// French "pain", "coin") and a second compiled query for every non-English topic against the few topics written in
/// English words by a subscriber of another page language; such a subscriber lists English.
/// </summary>
public sealed class A_topic_in_english_words_matches_english_stories_whatever_the_subscribers_language
{
    private const string EnglishStory = "Syria ceasefire: truce holds in Aleppo";
    private const string FrenchStory = "Syrie : le cessez-le-feu tient à Alep";

    private static IReadOnlyList<SubscriptionMatch> Match(string topic, string topicLanguage, string articleLanguage, string headline, IReadOnlyList<string>? alsoIn = null)
    {
        var index = new PercolatorIndex();
        var parsed = index.Add(new TopicSubscription("s1", "u1", topic, false, topicLanguage, alsoIn));
        Assert.True(parsed.Success, parsed.Error);
        return index.Match(new ArticleDocument("a1", headline, string.Empty, Language: articleLanguage));
    }

    [Theory]
    [InlineData("Syria", "fr")]
    [InlineData("ceasefire", "fr")]
    [InlineData("Syria", "de")]
    [InlineData("Syrie", "fr")]
    public void A_topic_finds_the_english_story_when_its_subscriber_reads_english(string topic, string language)
    {
        Assert.Single(Match(topic, language, "en", EnglishStory, ["en"]));
        Assert.Empty(Match(topic, language, "en", EnglishStory));
    }

    [Theory]
    [InlineData("Wahl", "de", "Wahl is a surname in the United States")]
    [InlineData("brand", "nl", "The brand launched a new phone")]
    [InlineData("pain", "fr", "Chronic pain treatment approved")]
    public void A_false_friend_does_not_find_an_english_story_of_a_subscriber_who_does_not_read_english(string topic, string language, string headline) =>
        Assert.Empty(Match(topic, language, "en", headline));

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
