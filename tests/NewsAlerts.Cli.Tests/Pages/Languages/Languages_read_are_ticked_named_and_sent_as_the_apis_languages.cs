namespace NewsAlerts.Cli.Tests.Pages.Languages;

using NewsAlerts.Core.Validation;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Languages;

/// <summary>
/// Issue 16, "languages I read": the boxes of the sign-up page and the preference centre (named in the page's language
/// and their own, the alert language ticked and fixed), what they post (the API's <c>languages</c>, without the alert
/// language), a tampered value refused as a field error, and the sentence saying which story languages topics match.
/// </summary>
public sealed class Languages_read_are_ticked_named_and_sent_as_the_apis_languages
{
    [Fact]
    public void A_french_page_names_each_language_in_french_and_in_itself_with_french_fixed()
    {
        using var scope = new PageLanguageScope("fr");

        var choices = ReadLanguages.Choices("fr", null);

        Assert.Equal(["en", "fr", "de", "es", "it", "pt", "nl", "ar"], choices.Select(c => c.Code));
        Assert.Equal(new ReadLanguageChoice("en", "anglais (English)", false, false), choices[0]);
        Assert.Equal(new ReadLanguageChoice("fr", "français", true, true), choices[1]);
        Assert.Equal("arabe (العربية)", choices[7].Label);
        Assert.Single(choices, c => c.Locked);
    }

    [Theory]
    [InlineData("en", "German (Deutsch)")]
    [InlineData("de", "Deutsch")]
    [InlineData("ar", "الألمانية (Deutsch)")]
    public void German_is_named_in_the_pages_language_and_in_german(string page, string label)
    {
        using var scope = new PageLanguageScope(page);
        Assert.Equal(label, ReadLanguages.Label("de"));
    }

    [Fact]
    public void A_stored_language_the_pages_do_not_offer_is_a_ticked_box_after_the_offered_ones()
    {
        using var scope = new PageLanguageScope("en");

        var choices = ReadLanguages.Choices("en-GB", "de,sv", ["de", "sv"]);
        var tampered = ReadLanguages.Choices("en", "de,xx");

        Assert.Equal(9, choices.Count);
        Assert.Equal(new ReadLanguageChoice("sv", "Swedish (Svenska)", true, false), choices[^1]);
        Assert.True(choices.Single(c => c.Code == "de").Checked);
        Assert.True(choices.Single(c => c.Code == "en").Locked);
        Assert.Equal(8, tampered.Count);
    }

    [Fact]
    public void The_stored_list_becomes_the_boxes_value_in_their_order()
    {
        Assert.Equal("en,de,sv", ReadLanguages.Value(["sv", "de", "en-GB"]));
        Assert.Null(ReadLanguages.Value([]));
        Assert.Null(ReadLanguages.Value(null));
    }

    [Theory]
    [InlineData("fr", "en", "en")]
    [InlineData("fr", "en,fr,de", "en,de")]
    [InlineData("fr-CA", "fr,en", "en")]
    [InlineData("en", "", "")]
    [InlineData(null, "en,es", "es")]
    public void The_api_gets_the_ticked_languages_without_the_alert_language(string? alert, string ticked, string expected) =>
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), ReadLanguages.Others(alert, ticked));

    [Theory]
    [InlineData("en,de", null, true)]
    [InlineData("", null, true)]
    [InlineData("xx", null, false)]
    [InlineData("EN", null, false)]
    [InlineData("en,<b>", null, false)]
    [InlineData("sv", "sv", true)]
    [InlineData("sv,no", "sv", false)]
    public void A_value_that_is_none_of_the_boxes_is_a_field_error(string posted, string? stored, bool fine)
    {
        using var scope = new PageLanguageScope("en");

        var error = ReadLanguages.Error(posted, stored is null ? null : [stored]);

        Assert.Equal(fine, error is null);
        if (error is not null)
        {
            Assert.Equal(("languages", "“Languages I read” must be one of the choices in the list"), (error.Field, error.Message));
        }
    }

    [Fact]
    public void The_sign_up_form_sends_the_ticked_languages_and_nothing_when_none_is_ticked()
    {
        var ticked = FormFields.SignUp(new Dictionary<string, string> { ["email"] = "a@example.fr", ["language"] = "fr", ["languages"] = "en,fr", ["topics"] = "Syria" });
        var none = FormFields.SignUp(new Dictionary<string, string> { ["email"] = "a@example.fr", ["language"] = "fr", ["topics"] = "Syria" });

        Assert.Equal("""["en"]""", ticked["languages"]!.ToJsonString());
        Assert.False(none.ContainsKey("languages"));
    }

    [Fact]
    public void The_settings_form_clears_the_list_when_no_box_is_ticked()
    {
        var none = FormFields.SettingsChange(new Dictionary<string, string> { ["language"] = "fr", ["timeZone"] = "Europe/Paris" });
        var two = FormFields.SettingsChange(new Dictionary<string, string> { ["language"] = "fr", ["languages"] = "de,en" });
        var other = FormFields.SettingsChange(new Dictionary<string, string> { ["smsMaxUrgency"] = "3" });

        Assert.Equal("""{"timeZone":"Europe/Paris","language":"fr","languages":[]}""", none.ToJsonString());
        Assert.Equal("""["de","en"]""", two["languages"]!.ToJsonString());
        Assert.False(other.ContainsKey("languages"));
    }

    [Fact]
    public void The_parsers_language_errors_come_back_to_the_boxes()
    {
        using var scope = new PageLanguageScope("en");

        var errors = FormFields.Errors([new FieldError("languages[1]", NewsAlerts.Core.Languages.LanguageField.Reason), new FieldError("languages", "must be an array of at most 20 BCP 47 language tags")], []);

        Assert.All(errors, e => Assert.Equal("languages", e.Field));
        Assert.Equal("“Languages I read” must be one of the choices in the list", errors[0].Message);
    }

    [Theory]
    [InlineData("fr", null, "Vos sujets trouvent des articles en\u00A0: français")]
    [InlineData("fr", "en", "Vos sujets trouvent des articles en\u00A0: français, anglais")]
    [InlineData("en", "de", "Your topics match stories in: English, German")]
    [InlineData("de", "en", "Ihre Themen finden Meldungen in diesen Sprachen: Deutsch, Englisch")]
    public void The_pages_say_which_story_languages_the_topics_match(string language, string? read, string sentence)
    {
        using var scope = new PageLanguageScope(language);
        Assert.Equal(sentence, MatchedLanguages.Sentence([("Syria", null), ("ceasefire", null)], language, read is null ? null : [read]));
    }

    [Fact]
    public void A_topic_in_another_script_adds_the_language_it_is_matched_in()
    {
        Assert.Equal(["fr", "en", "zh"], MatchedLanguages.Of([("Syria", null), ("東京", null)], "fr", ["en"]));
        Assert.Equal(["fr", "en"], MatchedLanguages.Of([], "fr", ["en"]));
        Assert.Equal(["de", "en"], MatchedLanguages.Of([("Syria", "de")], "fr", ["en"]));
    }
}
