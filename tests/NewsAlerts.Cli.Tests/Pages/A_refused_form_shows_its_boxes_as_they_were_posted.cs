namespace NewsAlerts.Cli.Tests.Pages;

using System.Text.RegularExpressions;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Manage;

/// <summary>
/// Issue 16 (trial r35): a number-only preference centre showed an unticked "flash through quiet hours" ticked again
/// after a validation error: the redisplay knew the settings form by <c>emailFrequency</c>, which a number-only page
/// does not show. Each box of the form that was posted shows what was posted (<see cref="ManageRedisplay"/>); the boxes
/// of a form that was not posted keep what is saved.
/// </summary>
public sealed partial class A_refused_form_shows_its_boxes_as_they_were_posted : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly DeliveryPreferences Flashing = DeliveryPreferences.Default with { QuietHours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), FlashThrough: true) };
    private readonly RazorTemplates templates = new();

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    [Fact]
    public async Task A_number_only_page_keeps_flash_through_unticked_after_an_error()
    {
        using var scope = new Languages.PageLanguageScope("en");
        var subscriber = new Subscriber("s1", null, ContactStatus.None, "+447400333444", ContactStatus.Confirmed, "Europe/London", [new Topic("t1", "Syria", false)], 2, Now, Preferences: Flashing);
        // What a number-only settings form posts with the box unticked and an hour the parser refuses.
        var posted = new Dictionary<string, string> { ["quietStart"] = "25:00", ["quietEnd"] = "07:00", ["capSms"] = "", ["smsMaxUrgency"] = "2", ["timeZone"] = "Europe/London", ["language"] = "en" };

        var html = await ManageAsync(subscriber, ManageRedisplay.Values(ManageValues.Of(subscriber), posted));

        Assert.DoesNotContain("checked", Box(html, "flashThrough"), StringComparison.Ordinal);
        Assert.Contains("value=\"25:00\"", Box(html, "quietStart"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ticked_box_posted_stays_ticked_and_the_saved_one_shows_when_another_form_was_posted()
    {
        using var scope = new Languages.PageLanguageScope("en");
        var subscriber = new Subscriber("s1", "reader@example.com", ContactStatus.Confirmed, "+447400333444", ContactStatus.Confirmed, "Europe/London",
            [new Topic("t1", "Syria", false)], 2, Now, Preferences: DeliveryPreferences.Default with { QuietHours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), false) });
        var ticked = new Dictionary<string, string> { ["quietStart"] = "25:00", ["quietEnd"] = "07:00", ["flashThrough"] = "on", ["timeZone"] = "UTC", ["language"] = "en" };

        Assert.Contains("checked", Box(await ManageAsync(subscriber, ManageRedisplay.Values(ManageValues.Of(subscriber), ticked)), "flashThrough"), StringComparison.Ordinal);

        var flashing = subscriber with { Preferences = Flashing };
        var topicsPosted = new Dictionary<string, string> { ["topics"] = "Syria AND (" };
        Assert.Contains("checked", Box(await ManageAsync(flashing, ManageRedisplay.Values(ManageValues.Of(flashing), topicsPosted)), "flashThrough"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Languages_left_unticked_on_the_settings_form_are_not_ticked_again_whoever_the_page_is_for(bool emailShown)
    {
        var stored = new Dictionary<string, string> { ["timeZone"] = "UTC", ["language"] = "en", ["languages"] = "de,fr", ["flashThrough"] = "on", ["emailFrequency"] = "daily" };
        var posted = emailShown
            ? new Dictionary<string, string> { ["emailFrequency"] = "daily", ["timeZone"] = "Asia/Tokyo", ["language"] = "en" }
            : new Dictionary<string, string> { ["quietStart"] = "22:00", ["timeZone"] = "Asia/Tokyo", ["language"] = "en" };

        var values = ManageRedisplay.Values(stored, posted);

        Assert.False(values.ContainsKey("languages"));
        Assert.False(values.ContainsKey("flashThrough"));
        Assert.Equal("Asia/Tokyo", values["timeZone"]);
        Assert.Equal("daily", values["emailFrequency"]);
    }

    [Fact]
    public void Only_the_settings_form_unticks_boxes()
    {
        var stored = new Dictionary<string, string> { ["languages"] = "de", ["flashThrough"] = "on" };

        var pause = ManageRedisplay.Values(stored, new Dictionary<string, string> { ["pause"] = "date", ["pauseUntil"] = "" });
        var email = ManageRedisplay.Values(stored, new Dictionary<string, string> { ["newEmail"] = "not an address" });

        Assert.All(new[] { pause, email }, v => Assert.Equal(("de", "on"), (v["languages"], v["flashThrough"])));
        Assert.False(ManageRedisplay.IsSettingsForm(new Dictionary<string, string> { ["topics"] = "Syria" }));
        Assert.True(ManageRedisplay.IsSettingsForm(new Dictionary<string, string> { ["timeZone"] = "UTC" }));
    }

    private Task<string> ManageAsync(Subscriber subscriber, IReadOnlyDictionary<string, string> values) =>
        templates.RenderAsync<ManagePage>(new Dictionary<string, object?>
        {
            [nameof(ManagePage.Subscriber)] = subscriber,
            [nameof(ManagePage.Form)] = new FormState(values, []),
            [nameof(ManagePage.Now)] = Now,
        });

    private static string Box(string html, string name) =>
        BoxPattern().Matches(html).FirstOrDefault(m => m.Value.Contains($"name=\"{name}\"", StringComparison.Ordinal))?.Value ?? throw new Xunit.Sdk.XunitException($"no field {name}");

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex BoxPattern();
}
