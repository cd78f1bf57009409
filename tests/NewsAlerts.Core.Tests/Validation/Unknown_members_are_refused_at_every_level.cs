namespace NewsAlerts.Core.Tests.Validation;

using System.Text.Json;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Validation;

/// <summary>
/// Trial r34 #4: <c>POST /api/subscribers</c> with a misplaced top-level <c>quietHours</c> answered 202 and lost the
/// setting, while <c>preferences.bogus</c> was refused. One rule (<see cref="KnownMembers"/>) now refuses an unknown
/// member at every level of every body, naming it and the known ones, and every other wrong field is still named.
/// </summary>
public sealed class Unknown_members_are_refused_at_every_level
{
    private static readonly TextablePhones Phones = new(["GB"]);

    [Fact]
    public void The_trials_misplaced_quiet_hours_are_refused_and_pointed_to_preferences()
    {
        var errors = SignUp("""{"email":"a@example.com","topics":["Syria"],"timeZone":"Europe/Paris","quietHours":{"start":"22:00","end":"07:00"}}""");

        var error = Assert.Single(errors);
        Assert.Equal("quietHours", error.Field);
        Assert.Equal(
            "is not a sign-up field (known: email, phone, timeZone, topics, smsMaxUrgency, language, languages, preferences); it belongs in preferences, as preferences.quietHours",
            error.Reason);
    }

    [Theory]
    [InlineData("emailFrequency", "\"daily\"", "preferences.email.frequency")]
    [InlineData("caps", "{\"sms\":3}", "preferences.caps")]
    [InlineData("unknownField", "1", null)]
    [InlineData("Email", "\"b@example.com\"", null)]
    public void Every_unknown_top_level_member_of_a_sign_up_is_named(string name, string value, string? belongs)
    {
        var error = Assert.Single(SignUp($$"""{"email":"a@example.com","topics":["Syria"],"timeZone":"UTC","{{name}}":{{value}}}"""));

        Assert.Equal(name, error.Field);
        Assert.StartsWith("is not a sign-up field (known: email, phone,", error.Reason, StringComparison.Ordinal);
        if (belongs is null)
        {
            Assert.DoesNotContain("belongs", error.Reason, StringComparison.Ordinal);
        }
        else
        {
            Assert.EndsWith("as " + belongs, error.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_missing_time_zone_does_not_hide_the_other_wrong_fields()
    {
        var errors = SignUp("""{"email":"a@example.com","topics":["Syria"],"quietHours":{"start":"22:00","end":"07:00"},"smsMaxUrgency":12}""");

        Assert.Equal(new[] { "quietHours", "smsMaxUrgency", "timeZone" }, errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Contains(errors, e => e.Field == "timeZone" && e.Reason == "is required");
    }

    [Fact]
    public void A_topic_object_with_an_unknown_member_names_it_by_its_path()
    {
        var error = Assert.Single(SignUp("""{"email":"a@example.com","timeZone":"UTC","topics":["Syria",{"text":"Geneva","exakt":true}]}"""));

        Assert.Equal("topics[1].exakt", error.Field);
        Assert.Equal("is not a topic field (known: text, exact, language)", error.Reason);
    }

    [Theory]
    [InlineData("""{"timeZone":"UTC","quietHours":null}""", "quietHours")]
    [InlineData("""{"pauseUntil":"2027-01-01"}""", "pauseUntil")]
    [InlineData("""{"preferences":{"caps":{"sms":3}},"sms":3}""", "sms")]
    public void A_settings_change_names_its_unknown_members(string json, string field)
    {
        using var document = JsonDocument.Parse(json);

        var error = Assert.Single(SubscriberRequestParser.ParseSettings(document.RootElement).Errors);

        Assert.Equal(field, error.Field);
        Assert.StartsWith("is not a setting (known: email, phone, timeZone, smsMaxUrgency, preferences, language, languages, pause)", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"email":{"frequency":"daily","time":"07:00"}}""", "preferences.email.time", "is not an email setting (known: frequency, at, weekday)")]
    [InlineData("""{"quietHours":{"start":"22:00","end":"07:00","flash":true}}""", "preferences.quietHours.flash", "is not a quiet-hours setting (known: start, end, flashThrough)")]
    [InlineData("""{"bogus":1}""", "preferences.bogus", "is not a preference (known: email, quietHours, caps, channels, topics)")]
    public void Preferences_use_the_same_rule_at_every_depth(string json, string field, string reason)
    {
        using var document = JsonDocument.Parse(json);

        var error = Assert.Single(DeliveryPreferencesParser.Parse(document.RootElement, DeliveryPreferences.Default, topicIds: null).Errors);

        Assert.Equal(new FieldError(field, reason), error);
    }

    [Fact]
    public void A_feed_request_uses_the_same_rule()
    {
        using var document = JsonDocument.Parse("""{"url":"https://example.com/feed.xml","interval":10}""");

        var error = Assert.Single(FeedRequestParser.Parse(document.RootElement, adding: true, TimeSpan.FromMinutes(1)).Errors);

        Assert.Equal(new FieldError("interval", "is not a feed field (known: url, pollIntervalMinutes, urgency, language, source, subjects, paused, pausedBy, floodAcknowledged)"), error);
    }

    [Fact]
    public void Known_members_and_other_kinds_of_value_add_nothing()
    {
        var errors = new List<FieldError>();
        using var array = JsonDocument.Parse("[1]");
        using var known = JsonDocument.Parse("""{"a":1,"b":null}""");

        KnownMembers.Refuse(array.RootElement, "$", "a field", ["a"], errors);
        KnownMembers.Refuse(known.RootElement, "x", "a field", ["a", "b"], errors);

        Assert.Empty(errors);
    }

    private static IReadOnlyList<FieldError> SignUp(string json)
    {
        using var document = JsonDocument.Parse(json);
        return SubscriberRequestParser.ParseSignUp(document.RootElement, Phones).Errors;
    }
}
