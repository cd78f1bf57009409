namespace NewsAlerts.Core.Tests.Subscribers;

using System.Text.Json;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Texts;

/// <summary>
/// Issue 16: <c>{"language":"xx"}</c> was stored (PATCH 200, sign-up 202 with a warning, the settings form "Saved") and
/// the subscriber's pages fell back to English. A subscriber's own language must be one of
/// <see cref="TextLanguages.Offered"/>; the error names <c>language</c> and lists them. Topic and article languages
/// stay free (articles come in more languages than we write in).
/// </summary>
public sealed class A_subscriber_language_must_be_one_we_write_in
{
    private static readonly TextablePhones Phones = new(["GB"]);

    [Theory]
    [InlineData("xx")]
    [InlineData("sv")]
    [InlineData("zh-Hans")]
    [InlineData("xx-GB")]
    public void A_well_formed_tag_we_do_not_write_in_is_refused_at_sign_up_and_in_settings(string language)
    {
        using var signUp = JsonDocument.Parse($$"""{"email":"a@example.com","timeZone":"UTC","topics":["syria"],"language":"{{language}}"}""");
        using var settings = JsonDocument.Parse($$"""{"language":"{{language}}"}""");

        foreach (var errors in new[] { SubscriberRequestParser.ParseSignUp(signUp.RootElement, Phones).Errors, SubscriberRequestParser.ParseSettings(settings.RootElement).Errors })
        {
            var error = Assert.Single(errors);
            Assert.Equal("language", error.Field);
            Assert.Equal(SubscriberRequestParser.LanguageNotOffered, error.Reason);
            Assert.All(TextLanguages.Offered, offered => Assert.Contains(offered, error.Reason, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("ar")]
    [InlineData("pt-BR")]
    [InlineData("NL")]
    public void Each_offered_language_and_its_regional_tags_are_taken(string language)
    {
        using var settings = JsonDocument.Parse($$"""{"language":"{{language}}"}""");

        var parsed = SubscriberRequestParser.ParseSettings(settings.RootElement);

        Assert.True(parsed.IsValid);
        Assert.Equal(language, parsed.Value!.Language);
    }

    [Fact]
    public void Every_offered_language_is_taken()
    {
        Assert.All(TextLanguages.Offered, l => Assert.True(SubscriberRequestParser.IsOfferedLanguage(l)));
    }

    [Fact]
    public void Topic_and_article_languages_may_still_be_any_tag()
    {
        using var json = JsonDocument.Parse("""{"email":"a@example.com","timeZone":"UTC","language":"fr","languages":["sv"],"topics":[{"text":"快乐","language":"zh-Hans"}]}""");

        Assert.True(SubscriberRequestParser.ParseSignUp(json.RootElement, Phones).IsValid);
    }

    [Fact]
    public void A_settings_change_with_nothing_names_every_field_it_takes_with_email_and_phone()
    {
        using var json = JsonDocument.Parse("{}");

        var error = Assert.Single(SubscriberRequestParser.ParseSettings(json.RootElement).Errors);

        foreach (var field in new[] { "email", "phone", "timeZone", "smsMaxUrgency", "preferences", "language", "languages", "pause" })
        {
            Assert.Contains(field, error.Reason, StringComparison.Ordinal);
        }
    }
}
