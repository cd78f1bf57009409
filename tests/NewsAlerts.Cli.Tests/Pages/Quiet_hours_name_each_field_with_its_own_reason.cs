namespace NewsAlerts.Cli.Tests.Pages;

using System.Text.Json;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Texts;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Languages;

/// <summary>
/// Trial r32 #6: quiet hours from 25:00 with the end left empty said "the end must be a time like 22:00" only, for the
/// end. Each field now has its own reason: a clock time past the day's end is "not a time of day" (with what was typed),
/// an empty field whose partner is filled is missing, a time written wrong is "a time like 22:00". The form's fields go
/// through the settings form's request and the API's parser, and the errors come back to the fields, as on the page.
/// </summary>
public sealed class Quiet_hours_name_each_field_with_its_own_reason
{
    private static readonly string[] QuietFields = ["quietStart", "quietEnd"];

    public static TheoryData<string, string, string?, string?> Cases => new()
    {
        { "25:00", "", "“Quiet hours from” must be a time like 22:00; 25:00 is not a time of day", "“Quiet hours until” must be given too, as a time like 07:00" },
        { "", "07:00", "“Quiet hours from” must be given too, as a time like 07:00", null },
        { "22:00", "", null, "“Quiet hours until” must be given too, as a time like 07:00" },
        { "25:00", "07:00", "“Quiet hours from” must be a time like 22:00; 25:00 is not a time of day", null },
        { "22:00", "07:60", null, "“Quiet hours until” must be a time like 22:00; 07:60 is not a time of day" },
        { "25:00", "24:30", "“Quiet hours from” must be a time like 22:00; 25:00 is not a time of day", "“Quiet hours until” must be a time like 22:00; 24:30 is not a time of day" },
        { "7pm", "", "“Quiet hours from” must be a time like 22:00", "“Quiet hours until” must be given too, as a time like 07:00" },
        { "25:00", "x", "“Quiet hours from” must be a time like 22:00; 25:00 is not a time of day", "“Quiet hours until” must be a time like 22:00" },
        { "22:00", "22:00", null, "“Quiet hours until” must differ from “Quiet hours from”" },
        { "22:00", "07:00", null, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_field_of_quiet_hours_says_what_is_wrong_with_it(string start, string end, string? startMessage, string? endMessage)
    {
        PageCulture.Use("en");
        var json = FormFields.SettingsChange(new Dictionary<string, string> { ["quietStart"] = start, ["quietEnd"] = end });
        using var document = JsonDocument.Parse(json.ToJsonString());

        var parsed = SubscriberRequestParser.ParseSettings(document.RootElement);
        var errors = FormFields.Errors(parsed.Errors, []);

        Assert.Equal(startMessage, errors.SingleOrDefault(e => e.Field == "quietStart")?.Message);
        Assert.Equal(endMessage, errors.SingleOrDefault(e => e.Field == "quietEnd")?.Message);
        Assert.All(errors, e => Assert.Contains(e.Field, QuietFields));
    }

    [Theory]
    [InlineData("25:00", "'25:00' is not a time of day (HH:mm from 00:00 to 23:59)")]
    [InlineData("23:60", "'23:60' is not a time of day (HH:mm from 00:00 to 23:59)")]
    [InlineData("99:99", "'99:99' is not a time of day (HH:mm from 00:00 to 23:59)")]
    [InlineData("7:5pm", "must be a local time HH:mm from 00:00 to 23:59")]
    [InlineData("2500", "must be a local time HH:mm from 00:00 to 23:59")]
    [InlineData("<b>25:00", "must be a local time HH:mm from 00:00 to 23:59")]
    [InlineData("", "must be a local time HH:mm from 00:00 to 23:59")]
    [InlineData(null, "must be a local time HH:mm from 00:00 to 23:59")]
    public void The_api_reason_repeats_only_a_clock_time_past_the_days_end(string? typed, string reason) =>
        Assert.Equal(reason, DeliveryPreferencesParser.TimeReason(typed));

    [Fact]
    public void Every_language_says_a_time_past_the_days_end_with_the_time_typed()
    {
        foreach (var language in TextLanguages.Offered)
        {
            PageCulture.Use(language);
            var message = FormFields.Worded("quietStart", "preferences.quietHours.start", DeliveryPreferencesParser.TimeReason("25:00"));
            Assert.Contains("25:00", message, StringComparison.Ordinal);
            // Worded as a time written wrong is (FieldTimeLike), naming the field once (trial r38 #12).
            var named = NewsAlerts.Pages.Layout.FieldLabels.Named("quietStart")!;
            Assert.Contains(named, message, StringComparison.Ordinal);
            Assert.Equal(message.IndexOf(named, StringComparison.Ordinal), message.LastIndexOf(named, StringComparison.Ordinal));
        }
    }

    // Trial r38 #12: /manage said "Quiet hours from: Quiet hours start: 24:00 is not a time of day", /signup another
    // wording. Both pages word it alike, as a time written wrong is worded, with no chain of colons.
    [Fact]
    public void Sign_up_and_the_preference_centre_word_a_time_past_the_days_end_alike()
    {
        using var scope = new Languages.PageLanguageScope("en");
        var times = new Dictionary<string, string> { ["quietStart"] = "24:00", ["quietEnd"] = "07:00" };
        using var settings = JsonDocument.Parse(FormFields.SettingsChange(times).ToJsonString());
        var signUpFields = new Dictionary<string, string>(times) { ["email"] = "reader@example.com", ["topics"] = "Syria", ["timeZone"] = "UTC" };
        using var signUp = JsonDocument.Parse(FormFields.SignUp(signUpFields).ToJsonString());

        var onManage = FormFields.Errors(SubscriberRequestParser.ParseSettings(settings.RootElement).Errors, []).Single(e => e.Field == "quietStart");
        var onSignUp = FormFields.Errors(SubscriberRequestParser.ParseSignUp(signUp.RootElement, new TextablePhones(["GB"])).Errors, []).Single(e => e.Field == "quietStart");

        Assert.Equal(onManage.Message, onSignUp.Message);
        Assert.Equal("“Quiet hours from” must be a time like 22:00; 24:00 is not a time of day", onManage.Message);
    }
}
