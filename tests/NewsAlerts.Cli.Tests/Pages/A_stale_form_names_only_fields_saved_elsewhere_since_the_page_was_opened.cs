namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Pages.Layout;
using NewsAlerts.Pages.Manage;

/// <summary>
/// Trial r36 #6: the 409 notice named the email frequency, which the person had changed themselves, as "saved since this
/// page was opened"; only fields whose stored value changed since the page was rendered are named.
/// </summary>
public sealed class A_stale_form_names_only_fields_saved_elsewhere_since_the_page_was_opened
{
    private static readonly Dictionary<string, string> Rendered = new()
    {
        ["topics"] = "Liban",
        ["timeZone"] = "Europe/Paris",
        ["emailFrequency"] = "immediate",
        ["smsMaxUrgency"] = "2",
    };

    [Fact]
    public void The_trials_own_frequency_change_is_not_named_but_the_api_s_urgency_change_is()
    {
        var seen = SeenValues.Parse(SeenValues.Encode(Rendered));
        var saved = new Dictionary<string, string>(Rendered) { ["smsMaxUrgency"] = "3" };
        var typed = new Dictionary<string, string>(Rendered) { ["emailFrequency"] = "daily" };
        Assert.Equal([FieldLabels.Of("smsMaxUrgency")!], TypedValues.Differing(saved, typed, seen));
    }

    [Fact]
    public void A_field_changed_elsewhere_to_what_the_person_typed_too_is_not_named()
    {
        var seen = SeenValues.Parse(SeenValues.Encode(Rendered));
        var saved = new Dictionary<string, string>(Rendered) { ["emailFrequency"] = "daily" };
        var typed = new Dictionary<string, string>(Rendered) { ["emailFrequency"] = "daily" };
        Assert.Empty(TypedValues.Differing(saved, typed, seen));
    }

    [Fact]
    public void A_field_empty_when_rendered_and_saved_elsewhere_since_is_named()
    {
        var seen = SeenValues.Parse(SeenValues.Encode(Rendered));
        var saved = new Dictionary<string, string>(Rendered) { ["capSms"] = "3" };
        Assert.Equal([FieldLabels.Of("capSms")!], TypedValues.Differing(saved, new Dictionary<string, string>(Rendered) { ["capSms"] = "" }, seen));
    }

    [Fact]
    public void Topics_saved_elsewhere_are_named_but_a_reformatted_list_is_the_same_list()
    {
        var seen = SeenValues.Parse(SeenValues.Encode(Rendered));
        Assert.Equal([FieldLabels.Of("topics")!], TypedValues.Differing(
            new Dictionary<string, string>(Rendered) { ["topics"] = "Liban\nSyrie" }, new Dictionary<string, string>(Rendered) { ["topics"] = "Liban\nGaza" }, seen));
        Assert.Null(SeenValues.Parse(null));
        Assert.True(SeenValues.ChangedSince(seen, "topics", "Syrie"));
        Assert.False(SeenValues.ChangedSince(seen, "topics", " Liban \r\n\r\n"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("topics")]
    [InlineData("topics=abc")]
    [InlineData("topics=abcd;topics=abcd")]
    [InlineData("=abcd")]
    public void An_edited_or_missing_field_is_unknown_and_every_differing_field_is_named(string text)
    {
        Assert.Null(SeenValues.Parse(text));
        var saved = new Dictionary<string, string>(Rendered) { ["smsMaxUrgency"] = "3" };
        var typed = new Dictionary<string, string>(Rendered) { ["emailFrequency"] = "daily" };
        Assert.Equal(2, TypedValues.Differing(saved, typed, SeenValues.Parse(text)).Count);
    }
}
