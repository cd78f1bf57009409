namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Manage;

/// <summary>Issue 16: a preference-centre form refused as stale (409) keeps what was typed and names the fields that differ from what is saved now.</summary>
public sealed class A_stale_form_keeps_what_was_typed_and_names_what_differs
{
    private static readonly Dictionary<string, string> Saved = new()
    {
        ["topics"] = "Syria\nceasefire",
        ["timeZone"] = "UTC",
        ["emailFrequency"] = "daily",
        ["quietStart"] = "22:00",
    };

    [Fact]
    public void The_fields_typed_differently_from_what_is_saved_are_named_once_each_in_the_order_typed()
    {
        var typed = new Dictionary<string, string> { ["timeZone"] = "Asia/Tokyo", ["topics"] = "Syria\r\n ceasefire \n\n", ["emailFrequency"] = "immediate", ["flashThrough"] = "on" };
        Assert.Equal([PageStrings.TimeZoneLabel, PageStrings.FrequencyLabel], TypedValues.Differing(Saved, typed));
    }

    [Fact]
    public void A_field_typed_where_nothing_is_saved_differs_and_a_builder_row_is_left_to_the_topics_field()
    {
        var typed = new Dictionary<string, string> { ["capSms"] = "3", ["topic-1-words"] = "truce" };
        Assert.Equal([PageStrings.CapSmsLabel], TypedValues.Differing(Saved, typed));
    }

    [Fact]
    public void The_sentence_names_the_fields_then_says_the_typed_values_are_kept()
    {
        Assert.Equal(PageStrings.ManageChangedKeptTyped, TypedValues.Sentence([]));
        Assert.Equal(
            $"Saved since this page was opened, and different from what you typed: {PageStrings.TopicsLabel}, {PageStrings.TimeZoneLabel}. {PageStrings.ManageChangedKeptTyped}",
            TypedValues.Sentence([PageStrings.TopicsLabel, PageStrings.TimeZoneLabel]));
    }

    [Fact]
    public void The_stale_notice_ends_with_the_kept_sentence_instead_of_make_your_change_again()
    {
        var now = new ManageSnapshot(ContactStatus.Confirmed, ContactStatus.None, false, false, false);
        var notice = ChangedElsewhere.Notice(now, now, null, null, TypedValues.Sentence([]));
        Assert.Equal($"{PageStrings.ManageChangedElsewhere} {PageStrings.ManageChangedKeptTyped}", notice);
        Assert.DoesNotContain(PageStrings.ManageChangedNow, notice, StringComparison.Ordinal);
    }
}
