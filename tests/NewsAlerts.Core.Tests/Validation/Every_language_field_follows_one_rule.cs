namespace NewsAlerts.Core.Tests.Validation;

using System.Text.Json;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Languages;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Validation;

/// <summary>
/// Trial r37 #8: a feed took <c>"language":"xx-yy"</c> (201) that <c>POST /api/articles</c> refuses, so its items would
/// match no topic without a sign. Every API field that takes a language follows <see cref="LanguageField"/>: the same
/// values refused, the same reason, 400 naming the field. (The editor console posts its form to the article parser;
/// a sign-up's fields are the subscriber parser's, as are a settings change's.)
/// </summary>
public sealed class Every_language_field_follows_one_rule
{
    private static readonly TextablePhones Phones = new(["GB"]);

    public static TheoryData<string> NotLanguages => ["xx-yy", "zz-zz-zz", "qq", "english!", "x"];

    // Each field that takes a language, as the field name its error carries and the errors of a request giving it.
    private static IEnumerable<(string Field, IReadOnlyList<FieldError> Errors)> Fields(string language)
    {
        var value = JsonSerializer.Serialize(language);
        yield return ("language", ArticleParser.Parse($$"""{"headline":"Syria talks","body":"Talks.","language":{{value}}}""", TimeProvider.System).Errors);
        yield return ("language", Feed($$"""{"url":"https://example.com/feed.xml","language":{{value}}}""", adding: true));
        yield return ("language", Feed($$"""{"language":{{value}}}""", adding: false));
        yield return ("languages[0]", SignUp($$"""{"email":"a@example.com","timeZone":"UTC","topics":["syria"],"languages":[{{value}}]}"""));
        yield return ("topics[0].language", SignUp($$"""{"email":"a@example.com","timeZone":"UTC","topics":[{"text":"syria","language":{{value}}}]}"""));
        yield return ("languages[0]", Settings($$"""{"languages":[{{value}}]}"""));
        yield return ("language", SignUp($$"""{"email":"a@example.com","timeZone":"UTC","topics":["syria"],"language":{{value}}}"""));
        yield return ("language", Settings($$"""{"language":{{value}}}"""));
    }

    [Theory]
    [MemberData(nameof(NotLanguages))]
    public void A_value_that_is_no_language_is_refused_by_every_field_naming_it(string language)
    {
        // A subscriber's own language that is tag-shaped is told the languages we write in instead (issue 16).
        Assert.All(Fields(language), field => Assert.Contains(
            Assert.Single(field.Errors, e => e.Field == field.Field).Reason, new[] { LanguageField.Reason, SubscriberRequestParser.LanguageNotOffered }));
    }

    [Theory]
    [InlineData("xx-yy")]
    [InlineData("zz-zz-zz")]
    public void Articles_feeds_and_topic_languages_give_the_same_reason(string language)
    {
        Assert.All(Fields(language).Take(6), field => Assert.Equal(LanguageField.Reason, Assert.Single(field.Errors, e => e.Field == field.Field).Reason));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("pt-BR")]
    [InlineData("zh-Hant")]
    [InlineData("AR")]
    public void A_language_tag_is_taken_by_every_field(string language)
    {
        Assert.All(Fields(language).Take(6), field => Assert.DoesNotContain(field.Errors, e => e.Field == field.Field));
    }

    [Theory]
    [InlineData("english", true)]
    [InlineData("en_GB", true)]
    [InlineData("English", true)]
    [InlineData("xx-yy", false)]
    public void Articles_and_feeds_also_take_the_spellings_matching_recognises_which_stored_tags_do_not(string language, bool stated)
    {
        Assert.Equal(stated, LanguageField.IsKnownStated(language));
        Assert.False(LanguageField.IsKnownTag(language));
    }

    private static IReadOnlyList<FieldError> Feed(string json, bool adding)
    {
        using var document = JsonDocument.Parse(json);
        return FeedRequestParser.Parse(document.RootElement, adding, TimeSpan.FromMinutes(1)).Errors;
    }

    private static IReadOnlyList<FieldError> SignUp(string json)
    {
        using var document = JsonDocument.Parse(json);
        return SubscriberRequestParser.ParseSignUp(document.RootElement, Phones).Errors;
    }

    private static IReadOnlyList<FieldError> Settings(string json)
    {
        using var document = JsonDocument.Parse(json);
        return SubscriberRequestParser.ParseSettings(document.RootElement).Errors;
    }
}
