using NewsAlerts.Matching.Languages;

namespace NewsAlerts.Matching.Tests.Languages;

/// <summary>Language tags, the language a topic's script implies, and the warnings a topic gets in its language.</summary>
public sealed class TopicLanguageTests
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("zh-Hant-TW", "zh")]
    [InlineData("pt-BR", "pt")]
    [InlineData("nb", "no")]
    [InlineData("sr-Latn-RS", "sr")]
    public void Well_formed_tags_give_their_primary_language(string tag, string primary) => Assert.Equal(primary, LanguageTag.Primary(tag));

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("en_GB")]
    [InlineData("en-")]
    [InlineData("english language")]
    [InlineData("zh-Hant-TW-")]
    public void Malformed_tags_are_not_languages(string tag)
    {
        Assert.False(LanguageTag.IsWellFormed(tag));
        Assert.Null(LanguageTag.Primary(tag));
    }

    [Theory]
    [InlineData("快乐", "en", "zh")]
    [InlineData("東京の地震", "en", "ja")]
    [InlineData("地震", "ja", "ja")]
    [InlineData("지진", "en", "ko")]
    [InlineData("แผ่นดินไหว", "en", "th")]
    [InlineData("Путин", "de", "ru")]
    [InlineData("Syria 快乐", "fr", "zh")]
    [InlineData("Syria", "zh", "zh")]
    [InlineData("Zürich", "de", "de")]
    public void A_topics_script_decides_its_language_when_the_language_cannot_be_written_in_it(string topic, string language, string expected) =>
        Assert.Equal(expected, TopicLanguages.Resolve(topic, language).Language);

    [Fact]
    public void A_Han_topic_of_an_English_subscriber_says_it_is_matched_as_Chinese()
    {
        var resolved = TopicLanguages.Resolve("快乐", "en");

        Assert.Equal("written in Han characters, so matched as zh, not en", resolved.Notice);
        Assert.Contains(resolved.Notice!, TopicWarnings.For("快乐", "en"));
    }

    [Fact]
    public void An_ordinary_topic_has_no_warnings()
    {
        Assert.Empty(TopicWarnings.For("Syria AND ceasefire", "en"));
        Assert.Empty(TopicWarnings.For("élections", "fr"));
        Assert.Empty(TopicWarnings.For("地震", "ja"));
    }

    [Fact]
    public void A_topic_of_only_stop_words_is_warned_about() =>
        Assert.Contains(TopicWarnings.For("the OR \"of the\"", "en"), w => w.Contains("only for common words", StringComparison.Ordinal));

    [Fact]
    public void A_lone_Japanese_character_is_warned_about() =>
        Assert.Contains(TopicWarnings.For("県", "ja"), w => w.StartsWith("'県' is one character", StringComparison.Ordinal));

    [Fact]
    public void A_script_the_language_does_not_use_is_warned_about() =>
        Assert.Contains(TopicWarnings.For("Αθήνα", "en"), w => w.Contains("script that en articles do not use", StringComparison.Ordinal));

    [Fact]
    public void A_language_without_a_stemmer_is_warned_about() =>
        Assert.Contains(TopicWarnings.For("habari", "sw"), w => w.Contains("no stemmer for 'sw'", StringComparison.Ordinal));
}
