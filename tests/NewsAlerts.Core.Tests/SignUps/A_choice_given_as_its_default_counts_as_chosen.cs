namespace NewsAlerts.Core.Tests.SignUps;

using System.Text.Json;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Review s38: <c>smsMaxUrgency: 2</c> (the default) given explicitly read as "not chosen", so the "choices not applied"
/// note left it out when the holder had another urgency. The kind: every optional choice with a default (quiet hours given
/// as none, caps given as none, the language given as English) counts as chosen when the request gives it.
/// </summary>
public sealed class A_choice_given_as_its_default_counts_as_chosen
{
    private static readonly Subscriber Holder = new(
        "s1", "ana@example.pt", ContactStatus.Confirmed, null, ContactStatus.None, "Europe/Lisbon", [], 5, DateTimeOffset.UnixEpoch,
        Preferences: DeliveryPreferences.Default with { QuietHours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), false), Caps = new DailyCaps(5, 2) },
        Language: "pt");

    private static PendingSignUp SignUp(string json)
    {
        using var document = JsonDocument.Parse(json);
        var request = SubscriberRequestParser.ParseSignUp(document.RootElement, new TextablePhones(["GB"])).Value!;
        return new PendingSignUp("uAAAAAAAAAAAAAAAAAAAA", request.Email, null, request.TimeZone, [new Topic("t1", "Lisboa", false)], request.SmsMaxUrgency,
            DateTimeOffset.UnixEpoch, new PendingConfirmations(null, null, null, 0), Preferences: request.Preferences, Language: request.Language,
            Languages: request.Languages, Given: request.Given);
    }

    [Fact]
    public void The_default_sms_urgency_given_explicitly_is_named_when_the_holder_has_another() =>
        Assert.Equal([SignUpChoice.SmsUrgency], ChoicesNotApplied.Of(
            SignUp("""{"email": "ana@example.pt", "timeZone": "Europe/Lisbon", "topics": ["Lisboa"], "language": "pt", "smsMaxUrgency": 2}"""), Holder));

    [Fact]
    public void No_urgency_given_is_not_a_choice() =>
        Assert.Empty(ChoicesNotApplied.Of(SignUp("""{"email": "ana@example.pt", "timeZone": "Europe/Lisbon", "topics": ["Lisboa"], "language": "pt"}"""), Holder));

    [Fact]
    public void Quiet_hours_given_as_none_and_caps_given_as_none_are_choices() =>
        Assert.Equal([SignUpChoice.QuietHours, SignUpChoice.DailyLimits], ChoicesNotApplied.Of(
            SignUp("""{"email": "ana@example.pt", "timeZone": "Europe/Lisbon", "topics": ["Lisboa"], "language": "pt", "preferences": {"quietHours": null, "caps": {}}}"""), Holder));

    [Fact]
    public void Preferences_not_given_are_not_choices_even_when_others_are() =>
        Assert.Empty(ChoicesNotApplied.Of(
            SignUp("""{"email": "ana@example.pt", "timeZone": "Europe/Lisbon", "topics": ["Lisboa"], "language": "pt", "preferences": {"quietHours": {"start": "22:00", "end": "07:00"}}}"""), Holder));

    [Fact]
    public void English_given_explicitly_is_a_choice_against_a_holder_reading_portuguese() =>
        Assert.Equal([SignUpChoice.Language], ChoicesNotApplied.Of(
            SignUp("""{"email": "ana@example.pt", "timeZone": "Europe/Lisbon", "topics": ["Lisboa"], "language": "en"}"""), Holder));

    [Fact]
    public void The_parser_records_exactly_the_optional_choices_given()
    {
        using var document = JsonDocument.Parse("""{"email": "a@example.org", "timeZone": "UTC", "topics": ["x"], "smsMaxUrgency": 2, "language": null, "preferences": {"quietHours": null}}""");

        var request = SubscriberRequestParser.ParseSignUp(document.RootElement, new TextablePhones(["GB"])).Value!;

        Assert.Equal(["smsMaxUrgency", "preferences.quietHours"], request.Given);
    }
}
