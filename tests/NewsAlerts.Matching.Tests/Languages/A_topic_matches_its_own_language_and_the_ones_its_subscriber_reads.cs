using NewsAlerts.Matching.Index;
using NewsAlerts.Matching.Languages;

namespace NewsAlerts.Matching.Tests.Languages;

/// <summary>
/// Issue 16 (languages I read): the story languages a page tells a subscriber their topics match are the ones the index
/// matches them in: the topic's own language (or its script's), then each language read, once; no English unless read.
/// </summary>
public sealed class A_topic_matches_its_own_language_and_the_ones_its_subscriber_reads
{
    [Theory]
    [InlineData("Syria", "fr", null, "fr")]
    [InlineData("Syria", "fr", "en", "fr,en")]
    [InlineData("Syria", "fr", "en-GB,en,fr", "fr,en")]
    [InlineData("Syria", "en", null, "en")]
    [InlineData("Syria", null, null, "en")]
    [InlineData("Syria", "en", "de", "en,de")]
    [InlineData("Syria", "fr", "not a tag,de", "fr,de")]
    [InlineData("東京", "fr", "en", "zh,en")]
    [InlineData("Wahl", "de", "nl,sv", "de,nl,sv")]
    public void The_story_languages_are_the_topics_own_then_the_ones_read(string topic, string? language, string? alsoIn, string expected)
    {
        var others = alsoIn?.Split(',');
        Assert.Equal(expected.Split(','), TopicLanguages.Matched(topic, language, others));
    }

    [Theory]
    [InlineData("Syria", "fr", "en")]
    [InlineData("Syria", "fr", null)]
    [InlineData("東京", "en", "de")]
    public void The_languages_told_are_the_languages_the_index_matches(string topic, string language, string? alsoIn)
    {
        var others = alsoIn?.Split(',');
        var index = new PercolatorIndex();
        index.Add(new TopicSubscription("t1", "s1", topic, Language: language, AlsoIn: others));
        foreach (var story in new[] { "en", "fr", "de", "ja", "nl" })
        {
            var matched = index.Match(new ArticleDocument("a-" + story, topic, topic, Language: story)).Count > 0;
            Assert.Equal(TopicLanguages.Matched(topic, language, others).Contains(story), matched);
        }
    }
}
