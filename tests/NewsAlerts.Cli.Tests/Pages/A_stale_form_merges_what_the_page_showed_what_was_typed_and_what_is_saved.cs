namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Pages.Manage;

/// <summary>
/// Trial r43 #9: the 409 page put back the value a field had when the page was opened, although the person never touched
/// it, so "save again" undid the other tab's change. A three-way merge: untouched fields take what is saved now, changed
/// fields keep what was typed, and only fields both sides changed differently are conflicts.
/// </summary>
public sealed class A_stale_form_merges_what_the_page_showed_what_was_typed_and_what_is_saved
{
    private static readonly Dictionary<string, string> Rendered = new()
    {
        ["topics"] = "Syria",
        ["timeZone"] = "Europe/London",
        ["language"] = "en",
        ["emailFrequency"] = "immediate",
        ["digestTime"] = "08:00",
        ["weekday"] = "monday",
        ["smsMaxUrgency"] = "2",
        ["capEmail"] = "5",
    };

    private static readonly IReadOnlyDictionary<string, string>? Seen = SeenValues.Parse(SeenValues.Encode(Rendered));

    [Fact]
    public void The_trials_case_keeps_the_other_tabs_cap_and_the_typed_frequency_with_no_conflict()
    {
        var saved = new Dictionary<string, string>(Rendered) { ["capEmail"] = "7" };
        var typed = new Dictionary<string, string>(Rendered) { ["emailFrequency"] = "hourly" };

        var merged = ThreeWayMerge.Of(saved, typed, Seen);

        Assert.Equal("7", merged.Values["capEmail"]);
        Assert.Equal("hourly", merged.Values["emailFrequency"]);
        Assert.Empty(merged.Conflicts);
    }

    [Fact]
    public void A_topics_form_does_not_conflict_with_a_cap_saved_elsewhere()
    {
        var saved = new Dictionary<string, string>(Rendered) { ["capEmail"] = "7" };
        var typed = new Dictionary<string, string> { ["topics"] = "Syria\nCeasefire", ["topic-0-all"] = "truce" };

        var merged = ThreeWayMerge.Of(saved, typed, Seen);

        Assert.Equal(("Syria\nCeasefire", "7", "truce"), (merged.Values["topics"], merged.Values["capEmail"], merged.Values["topic-0-all"]));
        Assert.Empty(merged.Conflicts);
    }

    [Fact]
    public void A_field_both_sides_changed_differently_is_the_only_conflict_and_keeps_what_was_typed()
    {
        var saved = new Dictionary<string, string>(Rendered) { ["capEmail"] = "7", ["timeZone"] = "Europe/Paris" };
        var typed = new Dictionary<string, string>(Rendered) { ["capEmail"] = "3", ["emailFrequency"] = "daily" };

        var merged = ThreeWayMerge.Of(saved, typed, Seen);

        Assert.Equal(["capEmail"], merged.Conflicts);
        Assert.Equal(("3", "daily", "Europe/Paris"), (merged.Values["capEmail"], merged.Values["emailFrequency"], merged.Values["timeZone"]));
    }

    [Fact]
    public void Both_sides_changing_a_field_to_the_same_value_is_no_conflict()
    {
        var saved = new Dictionary<string, string>(Rendered) { ["capEmail"] = "9" };
        var typed = new Dictionary<string, string>(Rendered) { ["capEmail"] = "9" };

        Assert.Empty(ThreeWayMerge.Of(saved, typed, Seen).Conflicts);
    }

    [Fact]
    public void A_cap_cleared_elsewhere_and_untouched_here_is_cleared_and_one_set_elsewhere_from_empty_is_shown()
    {
        var saved = new Dictionary<string, string>(Rendered) { ["capSms"] = "2" };
        saved.Remove("capEmail");
        var typed = new Dictionary<string, string>(Rendered) { ["capSms"] = string.Empty };

        var merged = ThreeWayMerge.Of(saved, typed, Seen);

        Assert.False(merged.Values.ContainsKey("capEmail"));
        Assert.Equal("2", merged.Values["capSms"]);
        Assert.Empty(merged.Conflicts);
    }

    [Fact]
    public void A_box_ticked_elsewhere_and_left_unticked_here_stays_ticked_but_one_unticked_here_is_unticked()
    {
        var rendered = new Dictionary<string, string>(Rendered) { ["quietStart"] = "22:00", ["quietEnd"] = "07:00" };
        var seen = SeenValues.Parse(SeenValues.Encode(rendered));
        var ticked = new Dictionary<string, string>(rendered) { ["flashThrough"] = "on" };

        // The settings form posts no field for an unticked box.
        var untouched = ThreeWayMerge.Of(ticked, rendered, seen);
        var renderedTicked = SeenValues.Parse(SeenValues.Encode(ticked));
        var unticked = ThreeWayMerge.Of(new Dictionary<string, string>(ticked) { ["capEmail"] = "8" }, rendered, renderedTicked);

        Assert.Equal("on", untouched.Values["flashThrough"]);
        Assert.False(unticked.Values.ContainsKey("flashThrough"));
        Assert.Equal("8", unticked.Values["capEmail"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("capEmail=xx")]
    public void Without_what_the_page_showed_every_typed_value_is_kept_and_every_difference_is_a_conflict(string? text)
    {
        var saved = new Dictionary<string, string>(Rendered) { ["capEmail"] = "7" };
        var typed = new Dictionary<string, string>(Rendered) { ["emailFrequency"] = "hourly" };

        var merged = ThreeWayMerge.Of(saved, typed, SeenValues.Parse(text));

        Assert.Equal(("5", "hourly"), (merged.Values["capEmail"], merged.Values["emailFrequency"]));
        Assert.Equal(["emailFrequency", "capEmail"], merged.Conflicts);
    }
}
