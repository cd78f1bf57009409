namespace NewsAlerts.Core.Tests.Policy;

using System.Text.Json;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;

// Issue 16 / audit gap 5: a person with an address and a number could not stop texts but keep emails, or the reverse.
public sealed class Each_channel_can_be_switched_off_while_the_other_stays_on
{
    private static readonly Article Breaking = new("urn:a", 1, "Truce extended", "Body", null, "Wire", "en", [], 1, null, DateTimeOffset.UnixEpoch);

    // Review of s45: a sign-up could switch off every channel it gave, be confirmed and never receive anything.
    [Theory]
    [InlineData("""{"email":"a@example.com","timeZone":"UTC","topics":["Syria"],"preferences":{"channels":{"email":false}}}""", "preferences.channels.email")]
    [InlineData("""{"phone":"+447400123456","timeZone":"UTC","topics":["Syria"],"preferences":{"channels":{"sms":false}}}""", "preferences.channels.sms")]
    [InlineData("""{"email":"a@example.com","phone":"+447400123456","timeZone":"UTC","topics":["Syria"],"preferences":{"channels":{"email":false,"sms":false}}}""", "preferences.channels.sms")]
    [InlineData("""{"email":"a@example.com","phone":"+447400123456","timeZone":"UTC","topics":["Syria"],"preferences":{"channels":{"email":false}}}""", null)]
    [InlineData("""{"email":"a@example.com","timeZone":"UTC","topics":["Syria"],"preferences":{"channels":{"sms":false}}}""", null)]
    public void A_sign_up_keeps_one_of_the_channels_it_gives_on(string body, string? refused)
    {
        using var json = JsonDocument.Parse(body);
        var parsed = SubscriberRequestParser.ParseSignUp(json.RootElement, new TextablePhones(["GB"]));

        if (refused is null)
        {
            Assert.Empty(parsed.Errors);
        }
        else
        {
            Assert.Equal(new NewsAlerts.Core.Validation.FieldError(refused, SubscriberRequestParser.SignUpAllOffReason), Assert.Single(parsed.Errors));
        }
    }

    [Fact]
    public void Channels_are_read_merged_onto_the_basis_and_default_to_both_on()
    {
        Assert.Equal(ChannelSwitches.All, DeliveryPreferences.Default.Channels);
        var parsed = Parse("""{"channels": {"sms": false}}""", DeliveryPreferences.Default with { Channels = new ChannelSwitches(false, true) });

        Assert.Empty(parsed.Errors);
        Assert.Equal(new ChannelSwitches(false, false), parsed.Value!.Channels);
    }

    [Theory]
    [InlineData("""{"channels": {"sms": "off"}}""", "preferences.channels.sms")]
    [InlineData("""{"channels": {"email": 0}}""", "preferences.channels.email")]
    [InlineData("""{"channels": {"email": null}}""", "preferences.channels.email")]
    [InlineData("""{"channels": {"push": true}}""", "preferences.channels.push")]
    [InlineData("""{"channels": true}""", "preferences.channels")]
    public void A_switch_that_is_not_true_or_false_is_refused_by_its_field(string json, string field)
    {
        var parsed = Parse(json, DeliveryPreferences.Default);

        Assert.Equal([field], parsed.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Switches_are_stored_and_read_back_unchanged()
    {
        var preferences = DeliveryPreferences.Default with { Channels = new ChannelSwitches(true, false) };

        var json = JsonSerializer.Serialize(preferences);

        Assert.Contains("\"channels\":{\"email\":true,\"sms\":false}", json, StringComparison.Ordinal);
        Assert.Equal(preferences, JsonSerializer.Deserialize<DeliveryPreferences>(json));
        Assert.NotEqual(DeliveryPreferences.Default, preferences);
    }

    [Fact]
    public void Texts_off_sends_emails_only_and_emails_off_sends_texts_only()
    {
        var textsOff = Match("a", new ChannelSwitches(true, false));
        var emailsOff = Match("b", new ChannelSwitches(false, true));
        var both = Match("c", ChannelSwitches.All);

        var batches = AlertPlanner.Plan(Breaking, [textsOff, emailsOff, both]);

        Assert.Equal(["a", "c"], batches.Single(b => b.Channel == Channel.Email).Recipients.Select(r => r.SubscriberId));
        Assert.Equal(["b", "c"], batches.Single(b => b.Channel == Channel.Sms).Recipients.Select(r => r.SubscriberId));
    }

    [Fact]
    public void A_stop_reply_still_wins_over_texts_switched_on()
    {
        var stopped = Subscriber("a", ChannelSwitches.All) with { SmsStatus = ContactStatus.OptedOut };

        Assert.False(stopped.WantsSms(1));
        Assert.True(stopped.WantsEmail);
    }

    [Theory]
    [InlineData(true, false, null)]
    [InlineData(false, true, null)]
    [InlineData(false, false, "preferences.channels.sms")]
    public void Both_contacts_switched_off_is_refused_as_stop_everything(bool email, bool sms, string? field)
    {
        var error = ChannelSwitches.AllOff(Subscriber("a", ChannelSwitches.All), new ChannelSwitches(email, sms));

        Assert.Equal(field, error?.Field);
        Assert.Equal(field is null ? null : ChannelSwitches.AllOffReason, error?.Reason);
    }

    [Fact]
    public void The_only_contact_left_cannot_be_switched_off()
    {
        var emailOnly = Subscriber("a", ChannelSwitches.All) with { Phone = null, SmsStatus = ContactStatus.None };
        var numberStopped = Subscriber("b", ChannelSwitches.All) with { SmsStatus = ContactStatus.OptedOut };

        Assert.Equal("preferences.channels.email", ChannelSwitches.AllOff(emailOnly, new ChannelSwitches(false, true))?.Field);
        Assert.Equal("preferences.channels.email", ChannelSwitches.AllOff(numberStopped, new ChannelSwitches(false, true))?.Field);
        Assert.Null(ChannelSwitches.AllOff(emailOnly, new ChannelSwitches(true, false)));
    }

    private static NewsAlerts.Core.Validation.Validated<DeliveryPreferences> Parse(string json, DeliveryPreferences basis)
    {
        using var document = JsonDocument.Parse(json);
        return DeliveryPreferencesParser.Parse(document.RootElement, basis, topicIds: null);
    }

    private static Subscriber Subscriber(string id, ChannelSwitches channels) =>
        new(id, "x@example.com", ContactStatus.Confirmed, "+447400123456", ContactStatus.Confirmed, "UTC", [], 9, DateTimeOffset.UnixEpoch,
            Preferences: DeliveryPreferences.AsItHappens with { Channels = channels });

    private static SubscriberMatch Match(string id, ChannelSwitches channels) => new(Subscriber(id, channels), "Syria", "because", 1);
}
