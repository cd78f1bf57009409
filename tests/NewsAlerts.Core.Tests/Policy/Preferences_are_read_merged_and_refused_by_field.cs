namespace NewsAlerts.Core.Tests.Policy;

using System.Text.Json;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;

public sealed class Preferences_are_read_merged_and_refused_by_field
{
    private static readonly string[] TwoTopics = ["t1", "t2"];

    [Fact]
    public void A_full_object_is_read_into_preferences()
    {
        var parsed = Parse("""
            {"email": {"frequency": "weekly", "at": "18:30", "weekday": "friday"},
             "quietHours": {"start": "22:00", "end": "07:00", "flashThrough": true},
             "caps": {"email": 10, "sms": 3},
             "topics": {"t2": {"email": {"frequency": "immediate"}, "smsMaxUrgency": 4}}}
            """);

        Assert.Empty(parsed.Errors);
        var preferences = parsed.Value!;
        Assert.Equal(new EmailSchedule(EmailFrequency.Weekly, new TimeOnly(18, 30), DayOfWeek.Friday), preferences.Email);
        Assert.Equal(new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), true), preferences.QuietHours);
        Assert.Equal(new DailyCaps(10, 3), preferences.Caps);
        Assert.Equal(new TopicPreferences(preferences.Email with { Frequency = EmailFrequency.Immediate }, 4), preferences.Topics["t2"]);
    }

    [Theory]
    [InlineData("""{"quietHours": {"start": "25:00", "end": "07:00"}}""", "preferences.quietHours.start")]
    [InlineData("""{"quietHours": {"start": "7pm", "end": "07:00"}}""", "preferences.quietHours.start")]
    [InlineData("""{"quietHours": {"end": "07:00"}}""", "preferences.quietHours.start")]
    [InlineData("""{"quietHours": {"start": "07:00", "end": "07:00"}}""", "preferences.quietHours.end")]
    [InlineData("""{"quietHours": {"start": "22:00", "end": "07:00", "flashThrough": "yes"}}""", "preferences.quietHours.flashThrough")]
    [InlineData("""{"quietHours": "22-07"}""", "preferences.quietHours")]
    [InlineData("""{"email": {"frequency": "monthly"}}""", "preferences.email.frequency")]
    [InlineData("""{"email": {"frequency": "1"}}""", "preferences.email.frequency")]
    [InlineData("""{"email": {"at": "07:00:30"}}""", "preferences.email.at")]
    [InlineData("""{"email": {"weekday": "someday"}}""", "preferences.email.weekday")]
    [InlineData("""{"email": {"hour": 7}}""", "preferences.email.hour")]
    [InlineData("""{"caps": {"sms": 0}}""", "preferences.caps.sms")]
    [InlineData("""{"caps": {"email": 1001}}""", "preferences.caps.email")]
    [InlineData("""{"caps": {"fax": 1}}""", "preferences.caps.fax")]
    [InlineData("""{"topics": {"t3": {"smsMaxUrgency": 3}}}""", "preferences.topics.t3")]
    [InlineData("""{"topics": {"t1": {"smsMaxUrgency": 10}}}""", "preferences.topics.t1.smsMaxUrgency")]
    [InlineData("""{"topics": {"t1": {"email": {"frequency": "never"}}}}""", "preferences.topics.t1.email.frequency")]
    [InlineData("""{"frequency": "daily"}""", "preferences.frequency")]
    // Trial s42 B's kind: a list of names was read as their bits ORed (hourly|daily = weekly, monday|tuesday = wednesday).
    [InlineData("""{"email": {"frequency": "hourly, daily"}}""", "preferences.email.frequency")]
    [InlineData("""{"email": {"frequency": "immediate,hourly"}}""", "preferences.email.frequency")]
    [InlineData("""{"email": {"weekday": "monday,tuesday"}}""", "preferences.email.weekday")]
    [InlineData("""{"email": {"weekday": "-1"}}""", "preferences.email.weekday")]
    [InlineData("""{"topics": {"t1": {"email": {"frequency": "daily,weekly"}}}}""", "preferences.topics.t1.email.frequency")]
    [InlineData("""[]""", "preferences")]
    public void A_bad_field_is_refused_by_its_path(string json, string field)
    {
        var parsed = Parse(json);

        Assert.False(parsed.IsValid);
        Assert.Contains(field, parsed.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Without_the_subscribers_topic_ids_any_t_number_up_to_the_topic_limit_is_accepted()
    {
        using var ok = JsonDocument.Parse("""{"topics": {"t50": {"smsMaxUrgency": 3}}}""");
        using var bad = JsonDocument.Parse("""{"topics": {"t51": {}, "t01": {}, "x1": {}}}""");

        Assert.True(DeliveryPreferencesParser.Parse(ok.RootElement, DeliveryPreferences.Default, topicIds: null).IsValid);
        Assert.Equal(3, DeliveryPreferencesParser.Parse(bad.RootElement, DeliveryPreferences.Default, topicIds: null).Errors.Count);
    }

    [Fact]
    public void A_change_merges_onto_the_current_preferences()
    {
        var current = Parse("""
            {"email": {"frequency": "weekly", "at": "18:30", "weekday": "friday"},
             "quietHours": {"start": "22:00", "end": "07:00"}, "caps": {"email": 10, "sms": 3},
             "topics": {"t1": {"smsMaxUrgency": 4}, "t2": {"smsMaxUrgency": 1}}}
            """).Value!;
        using var change = JsonDocument.Parse("""{"email": {"at": "06:00"}, "caps": {"sms": null}, "quietHours": null, "topics": {"t1": null}}""");

        var merged = new PreferencesChange(change.RootElement.Clone()).ApplyTo(current, TwoTopics).Value!;

        Assert.Equal(new EmailSchedule(EmailFrequency.Weekly, new TimeOnly(6, 0), DayOfWeek.Friday), merged.Email);
        Assert.Null(merged.QuietHours);
        Assert.Equal(new DailyCaps(10, null), merged.Caps);
        Assert.Equal(["t2"], merged.Topics.Keys);
    }

    [Fact]
    public void A_change_naming_a_topic_the_subscriber_does_not_have_is_refused()
    {
        using var change = JsonDocument.Parse("""{"topics": {"t9": {"smsMaxUrgency": 1}}}""");

        var merged = new PreferencesChange(change.RootElement.Clone()).ApplyTo(DeliveryPreferences.Default, TwoTopics);

        Assert.Equal("preferences.topics.t9", Assert.Single(merged.Errors).Field);
    }

    [Fact]
    public void A_sign_up_carries_its_preferences_and_topic_overrides_may_name_its_topics()
    {
        using var json = JsonDocument.Parse("""
            {"email": "a@example.org", "timeZone": "America/Santiago", "topics": ["Syria", "ceasefire"],
             "preferences": {"email": {"frequency": "immediate"}, "topics": {"t2": {"email": {"frequency": "daily"}}}}}
            """);
        using var tooFar = JsonDocument.Parse("""
            {"email": "a@example.org", "timeZone": "America/Santiago", "topics": ["Syria"],
             "preferences": {"topics": {"t2": {}}, "quietHours": {"start": "x", "end": "07:00"}}}
            """);

        var parsed = SubscriberRequestParser.ParseSignUp(json.RootElement, new TextablePhones(["GB"]));
        var refused = SubscriberRequestParser.ParseSignUp(tooFar.RootElement, new TextablePhones(["GB"]));

        Assert.Equal(EmailFrequency.Immediate, parsed.Value!.Preferences!.Email.Frequency);
        Assert.Equal(EmailFrequency.Daily, parsed.Value.Preferences.EmailFor("t2").Frequency);
        Assert.Equal(["preferences.topics.t2", "preferences.quietHours.start"], refused.Errors.Select(e => e.Field));
    }

    [Fact]
    public void A_sign_up_without_preferences_asks_for_the_defaults_and_a_subscriber_with_none_stored_hears_everything_at_once()
    {
        using var json = JsonDocument.Parse("""{"email": "a@example.org", "timeZone": "Europe/London", "topics": ["Syria"]}""");

        var parsed = SubscriberRequestParser.ParseSignUp(json.RootElement, new TextablePhones(["GB"]));
        var subscriber = new Subscriber("s1", "a@example.org", ContactStatus.Confirmed, null, ContactStatus.None, "Europe/London", [], 2, DateTimeOffset.UnixEpoch);

        Assert.Null(parsed.Value!.Preferences); // the sign-up service stores DeliveryPreferences.Default for it
        Assert.Equal(new EmailSchedule(EmailFrequency.Daily, new TimeOnly(7, 0), DayOfWeek.Monday), DeliveryPreferences.Default.Email);
        Assert.Equal(new EmailSchedule(EmailFrequency.Immediate, new TimeOnly(7, 0), DayOfWeek.Monday), subscriber.EffectivePreferences.Email);
        Assert.Null(subscriber.EffectivePreferences.QuietHours);
        Assert.Equal(DailyCaps.None, subscriber.EffectivePreferences.Caps);
    }

    [Fact]
    public void A_settings_change_may_carry_only_preferences_and_a_bad_one_names_its_field()
    {
        using var ok = JsonDocument.Parse("""{"preferences": {"caps": {"sms": 2}}}""");
        using var bad = JsonDocument.Parse("""{"preferences": {"quietHours": {"start": "22:00"}}}""");

        Assert.NotNull(SubscriberRequestParser.ParseSettings(ok.RootElement).Value!.Preferences);
        Assert.Equal("preferences.quietHours.end", Assert.Single(SubscriberRequestParser.ParseSettings(bad.RootElement).Errors).Field);
    }

    [Theory]
    [InlineData("Weekly", "FRIDAY", EmailFrequency.Weekly, DayOfWeek.Friday)]
    [InlineData(" hourly ", "sunday", EmailFrequency.Hourly, DayOfWeek.Sunday)]
    [InlineData("daily", " Wednesday", EmailFrequency.Daily, DayOfWeek.Wednesday)]
    public void One_name_in_any_letter_case_is_read_as_itself(string frequency, string weekday, EmailFrequency expected, DayOfWeek day)
    {
        var parsed = Parse(JsonSerializer.Serialize(new { email = new { frequency, weekday } }));

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        Assert.Equal((expected, day), (parsed.Value!.Email.Frequency, parsed.Value.Email.Weekday));
    }

    private static Core.Validation.Validated<DeliveryPreferences> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return DeliveryPreferencesParser.Parse(document.RootElement, DeliveryPreferences.Default, TwoTopics);
    }
}
