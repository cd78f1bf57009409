namespace NewsAlerts.Core.Tests.Policy;

using System.Text.Json;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;

public sealed class Preferences_are_stored_and_shown_in_the_shape_subscribers_send
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Preferences_are_written_in_the_request_shape()
    {
        var preferences = DeliveryPreferences.Default with
        {
            QuietHours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), true),
            Caps = new DailyCaps(null, 3),
            Topics = new Dictionary<string, TopicPreferences> { ["t1"] = new(null, 4) },
        };

        var json = JsonSerializer.Serialize(preferences, Web);

        Assert.Equal(
            """{"email":{"frequency":"daily","at":"07:00","weekday":"monday"},"quietHours":{"start":"22:00","end":"07:00","flashThrough":true},"caps":{"email":null,"sms":3},"channels":{"email":true,"sms":true},"topics":{"t1":{"smsMaxUrgency":4}}}""",
            json);
    }

    [Fact]
    public void A_subscriber_with_preferences_survives_a_storage_round_trip_and_one_without_keeps_none()
    {
        var preferences = DeliveryPreferences.Default with
        {
            Email = new EmailSchedule(EmailFrequency.Weekly, new TimeOnly(6, 45), DayOfWeek.Sunday),
            QuietHours = new QuietHours(new TimeOnly(23, 0), new TimeOnly(6, 0), false),
            Caps = new DailyCaps(20, null),
            Topics = new Dictionary<string, TopicPreferences> { ["t2"] = new(EmailSchedule.Default with { Frequency = EmailFrequency.Hourly }, null) },
        };
        var with = new Subscriber("s1", "a@example.org", ContactStatus.Confirmed, null, ContactStatus.None, "Europe/London", [], 2, DateTimeOffset.UnixEpoch, Preferences: preferences);
        var without = with with { Preferences = null };

        var read = JsonSerializer.Deserialize<Subscriber>(JsonSerializer.Serialize(with, Web), Web)!;
        var readWithout = JsonSerializer.Deserialize<Subscriber>(JsonSerializer.Serialize(without, Web), Web)!;

        Assert.Equal(preferences, read.Preferences);
        Assert.NotEqual(preferences, read.Preferences! with { Topics = new Dictionary<string, TopicPreferences> { ["t2"] = new(null, 3) } });
        Assert.Null(readWithout.Preferences);
    }

    [Fact]
    public void Stored_preferences_that_are_not_valid_fail_loudly()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DeliveryPreferences>("""{"quietHours":{"start":"22:00","end":"22:00"}}""", Web));
    }
}
