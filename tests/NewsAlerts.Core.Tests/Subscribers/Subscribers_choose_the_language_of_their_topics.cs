namespace NewsAlerts.Core.Tests.Subscribers;

using System.Text.Json;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Matching;
using NewsAlerts.Core.Subscribers;

public sealed class Subscribers_choose_the_language_of_their_topics
{
    private static readonly TextablePhones Phones = new(["GB"]);

    private static Article ArticleIn(string language, string headline) =>
        new("urn:t:" + language, 1, headline, string.Empty, null, null, language, [], 5, null, DateTimeOffset.UnixEpoch);

    private static Subscriber Reader(IReadOnlyList<Topic> topics, string? language = null, IReadOnlyList<string>? languages = null) =>
        new("s1", "s1@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "UTC", topics, 2, DateTimeOffset.UnixEpoch, Language: language, Languages: languages);

    [Fact]
    public void A_sign_up_carries_the_subscribers_language_other_languages_and_topic_languages()
    {
        using var json = JsonDocument.Parse("""
            {"email":"a@example.com","timeZone":"UTC","language":"fr","languages":["de","pt-BR"],
             "topics":["Syrie",{"text":"快乐","language":"zh-Hans"}]}
            """);

        var parsed = SubscriberRequestParser.ParseSignUp(json.RootElement, Phones);

        Assert.True(parsed.IsValid);
        Assert.Equal("fr", parsed.Value!.Language);
        Assert.Equal(["de", "pt-BR"], parsed.Value.Languages);
        Assert.Equal([null, "zh-Hans"], parsed.Value.TopicLanguages);
    }

    [Fact]
    public void Malformed_language_tags_are_refused_by_field()
    {
        using var json = JsonDocument.Parse("""
            {"email":"a@example.com","timeZone":"UTC","language":"fr_FR","languages":["de","en_GB"],
             "topics":[{"text":"Syrie","language":"f"}]}
            """);

        var parsed = SubscriberRequestParser.ParseSignUp(json.RootElement, Phones);

        Assert.False(parsed.IsValid);
        Assert.Equal(["language", "languages[1]", "topics[0].language"], parsed.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_settings_change_may_give_only_a_language()
    {
        using var json = JsonDocument.Parse("""{"language":"de","languages":[]}""");

        var parsed = SubscriberRequestParser.ParseSettings(json.RootElement);

        Assert.True(parsed.IsValid);
        Assert.Equal("de", parsed.Value!.Language);
        Assert.Empty(parsed.Value.Languages!);
    }

    [Fact]
    public void A_French_subscribers_topic_is_stemmed_as_French_and_matches_French_articles_only()
    {
        var index = new SubscriberMatcher();
        index.Upsert(Reader([new Topic("t1", "élections", false)], language: "fr"));

        Assert.Single(index.Match(ArticleIn("fr", "L'élection présidentielle")));
        Assert.Empty(index.Match(ArticleIn("en", "Elections in France")));
    }

    [Fact]
    public void A_topic_in_its_own_language_matches_articles_in_that_language()
    {
        var index = new SubscriberMatcher();
        index.Upsert(Reader([new Topic("t1", "快乐", false, "zh")]));

        Assert.Single(index.Match(ArticleIn("zh", "祝你们新年快乐")));
    }

    [Fact]
    public void Topics_match_in_the_other_languages_a_subscriber_asked_for_and_no_others()
    {
        var index = new SubscriberMatcher();
        index.Upsert(Reader([new Topic("t1", "Merkel", false)], languages: ["de"]));

        Assert.Single(index.Match(ArticleIn("de", "Merkel besucht Paris")));
        Assert.Empty(index.Match(ArticleIn("fr", "Merkel en visite à Paris")));
    }

    [Fact]
    public void Warnings_name_the_topic_and_the_reason_in_the_topics_language()
    {
        var warnings = TopicWarnings.For([("快乐", false), ("Syria", false), ("県", false)], [null, null, "ja"], "en");

        Assert.Equal(
            [new TopicWarning("快乐", "written in Han characters, so matched as zh, not en"), new TopicWarning("県", warnings[1].Reason)],
            warnings);
        Assert.StartsWith("'県' is one character", warnings[1].Reason, StringComparison.Ordinal);
    }
}
