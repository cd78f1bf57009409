namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Validation;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Manage;

// Issue 16 / audit gap 5: "Texts: on / off" and "Emails: on / off" on /manage, as preferences.channels.
public sealed class The_preference_centre_switches_emails_and_texts_on_and_off
{
    [Fact]
    public void The_switches_become_the_apis_channels_and_only_those_the_form_holds()
    {
        var both = FormFields.SettingsChange(new Dictionary<string, string> { ["emailChannel"] = "off", ["smsChannel"] = "on" });
        var one = FormFields.SettingsChange(new Dictionary<string, string> { ["smsChannel"] = "off" });
        var odd = FormFields.SettingsChange(new Dictionary<string, string> { ["smsChannel"] = "maybe" });

        Assert.Equal("""{"preferences":{"channels":{"email":false,"sms":true}}}""", both.ToJsonString());
        Assert.Equal("""{"preferences":{"channels":{"sms":false}}}""", one.ToJsonString());
        Assert.Equal("""{"preferences":{"channels":{"sms":"maybe"}}}""", odd.ToJsonString());
    }

    [Fact]
    public void The_stored_switches_are_shown_selected()
    {
        var subscriber = new Subscriber("s1", "a@example.com", ContactStatus.Confirmed, "+447400123456", ContactStatus.Confirmed, "UTC", [], 2, DateTimeOffset.UnixEpoch,
            Preferences: DeliveryPreferences.Default with { Channels = new ChannelSwitches(true, false) });

        var values = ManageValues.Of(subscriber);

        Assert.Equal("on", values["emailChannel"]);
        Assert.Equal("off", values["smsChannel"]);
    }

    [Fact]
    public void Both_off_is_said_next_to_the_switch_as_stop_everything_and_a_wrong_value_by_its_label()
    {
        var errors = FormFields.Errors(
            [new FieldError("preferences.channels.sms", ChannelSwitches.AllOffReason), new FieldError("preferences.channels.email", "must be true (on) or false (off)")], []);

        Assert.Equal(["smsChannel", "emailChannel"], errors.Select(e => e.Field));
        Assert.Equal("Emails and texts cannot both be off: keep one on, or stop everything with the button at the end of this page.", errors[0].Message);
        Assert.Contains("Emails", errors[1].Message, StringComparison.Ordinal);
    }
}
