namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Core.Validation;
using NewsAlerts.Pages.Fields;

public sealed class Form_fields_become_the_apis_requests_and_its_errors_come_back_to_the_fields
{
    [Fact]
    public void A_sign_up_form_becomes_the_sign_up_body_with_one_topic_per_non_blank_line()
    {
        var json = FormFields.SignUp(new Dictionary<string, string>
        {
            ["email"] = " reader@example.com ", ["phone"] = "", ["timeZone"] = "Europe/London", ["language"] = "en",
            ["topics"] = "Syria\r\n\r\n  ceasefire OR truce\n", ["emailFrequency"] = "daily", ["digestTime"] = "07:30", ["quietStart"] = "22:00", ["quietEnd"] = "07:00",
        });

        Assert.Equal(
            """{"email":"reader@example.com","timeZone":"Europe/London","language":"en","topics":["Syria","  ceasefire OR truce"],"preferences":{"email":{"frequency":"daily","at":"07:30"},"quietHours":{"start":"22:00","end":"07:00","flashThrough":false}}}""",
            json.ToJsonString());
    }

    [Fact]
    public void The_flash_checkbox_lets_flash_news_through_quiet_hours_only_when_ticked()
    {
        var ticked = FormFields.SettingsChange(new Dictionary<string, string> { ["quietStart"] = "22:00", ["quietEnd"] = "07:00", ["flashThrough"] = "on" });
        var unticked = FormFields.SignUp(new Dictionary<string, string> { ["email"] = "a@example.com", ["quietStart"] = "22:00", ["quietEnd"] = "07:00" });

        Assert.Equal("""{"preferences":{"quietHours":{"start":"22:00","end":"07:00","flashThrough":true}}}""", ticked.ToJsonString());
        Assert.Equal("""{"start":"22:00","end":"07:00","flashThrough":false}""", unticked["preferences"]!["quietHours"]!.ToJsonString());
    }

    [Fact]
    public void Developer_wording_of_the_parsers_becomes_plain_words_with_country_names()
    {
        var errors = FormFields.Errors(
            [new FieldError("topics", "at least one topic is required (an array of strings or {\"text\", \"exact\"} objects)"),
             new FieldError("phone", "must be in international E.164 form, starting with + and the country code"),
             new FieldError("phone", "is in FR; texts go only to numbers in GB, SG, US"),
             new FieldError("phone", "is in FR; texts go only to numbers in GB"),
             new FieldError("phone", "is a landline, which cannot receive texts; give a mobile number"),
             new FieldError("phone", "is a premium-rate number, which cannot receive texts; give a mobile number"),
             new FieldError("timeZone", "is not an IANA time zone such as Europe/London"),
             new FieldError("preferences.email.at", "must be a local time HH:mm from 00:00 to 23:59"),
             new FieldError("preferences.quietHours.start", "must be a local time HH:mm from 00:00 to 23:59")],
            []);

        Assert.Equal(
            ["Add at least one topic", "Enter the number with its country code, e.g. +44 7400 555125",
             "This number is in France; we can only text numbers in the United Kingdom, Singapore and the United States",
             "This number is in France; we can only text numbers in the United Kingdom",
             "This is a landline, which can’t get texts. Enter a mobile number",
             "This is a premium-rate number, which can’t get texts. Enter a mobile number",
             "“Time zone” must be one of the choices in the list", "“Digest time (daily and weekly)” must be a time like 22:00", "“Quiet hours from” must be a time like 22:00"],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void Empty_quiet_hours_remove_them_in_a_settings_change()
    {
        var json = FormFields.SettingsChange(new Dictionary<string, string> { ["quietStart"] = "", ["quietEnd"] = "", ["smsMaxUrgency"] = "3", ["capEmail"] = "10", ["capSms"] = "" });

        Assert.Equal("""{"smsMaxUrgency":3,"preferences":{"quietHours":null,"caps":{"email":10,"sms":null}}}""", json.ToJsonString());
    }

    [Fact]
    public void A_topic_error_names_the_line_it_came_from_and_keeps_the_parsers_column()
    {
        var lines = FormFields.TopicLines("Syria\n\n\"ceasefire");
        var errors = FormFields.Errors([new FieldError("topics[1]", "unclosed quote at column 1"), new FieldError("preferences.quietHours.end", "must differ from start")], lines);

        Assert.Equal("topics", errors[0].Field);
        Assert.Equal("Line 3: unclosed quote at column 1", errors[0].Message);
        Assert.Equal(("quietEnd", "“Quiet hours until” must differ from “Quiet hours from”"), (errors[1].Field, errors[1].Message));
    }

    [Theory]
    [InlineData("-football")]
    [InlineData("NOT football")]
    [InlineData("NOT (football OR cricket)")]
    public void A_topic_that_only_excludes_is_explained_with_an_example_on_its_line(string topic)
    {
        var lines = FormFields.TopicLines("sport\n" + topic);
        var parsed = NewsAlerts.Matching.Query.TopicQuery.Parse(topic);

        var error = Assert.Single(FormFields.Errors([new FieldError("topics[1]", parsed.Error!)], lines));

        Assert.Equal("Line 2: A topic can’t only exclude words: add a word to follow, e.g. sport -football", error.Message);
    }
}
