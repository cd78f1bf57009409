namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Manage;
using NewsAlerts.Testing;

/// <summary>
/// Trial r43 #9: two tabs of one preference centre, posted on one rendered version. A form that changes fields the
/// other tab did not touch is saved with both changes (a three-way merge, <see cref="ThreeWayMerge"/>); a topics save is
/// not refused for a cap changed elsewhere; only a field both tabs changed differently is refused (409), the message
/// naming it, the untouched fields showing what the other tab saved, so "save again" undoes nothing.
/// </summary>
public sealed partial class Two_tabs_keep_each_others_changes_and_only_a_real_conflict_is_refused(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_frequency_changed_in_one_tab_after_a_cap_changed_in_the_other_keeps_both()
    {
        var (confirmed, tabA, tabB, shown) = await TwoTabsAsync("merge");

        var (b, _) = await PostSettingsAsync(tabB, shown, ("capEmail", "7"));
        var (a, _) = await PostSettingsAsync(tabA, shown, ("emailFrequency", "hourly"));

        Assert.Equal(HttpStatusCode.SeeOther, b.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, a.StatusCode);
        var now = ManageValues.Of(await StoredAsync(confirmed));
        Assert.Equal(("7", "hourly"), (now["capEmail"], now["emailFrequency"]));
    }

    [Fact]
    public async Task A_topics_save_is_not_refused_for_a_cap_saved_in_the_other_tab()
    {
        var (confirmed, tabA, tabB, shown) = await TwoTabsAsync("topics");

        var (b, _) = await PostSettingsAsync(tabB, shown, ("capEmail", "4"));
        var (a, _) = await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(tabA, "topics"), [new("topics", "Syria\nCeasefire")]);

        Assert.Equal(HttpStatusCode.SeeOther, b.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, a.StatusCode);
        var stored = await StoredAsync(confirmed);
        Assert.Equal(["Syria", "Ceasefire"], stored.Topics.Select(t => t.Text));
        Assert.Equal("4", ManageValues.Of(stored)["capEmail"]);
    }

    [Fact]
    public async Task A_field_both_tabs_changed_is_named_and_the_page_shows_the_other_tabs_values_for_the_rest()
    {
        var (confirmed, tabA, tabB, shown) = await TwoTabsAsync("conflict");

        var (b, _) = await PostSettingsAsync(tabB, shown, ("capEmail", "7"), ("timeZone", "Europe/Paris"));
        var (a, page) = await PostSettingsAsync(tabA, shown, ("capEmail", "3"), ("emailFrequency", "hourly"));

        Assert.Equal(HttpStatusCode.SeeOther, b.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, a.StatusCode);
        Assert.Contains($"{PageStrings.ManageChangedElsewhere} {TypedValues.Sentence([PageStrings.CapEmailLabel])}", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        // Untouched in this tab: what the other tab saved; changed here: what was typed.
        Assert.Contains("<option value=\"Europe/Paris\" selected", page, StringComparison.Ordinal);
        Assert.Equal("3", InputValue(page, "capEmail"));
        var unchanged = ManageValues.Of(await StoredAsync(confirmed));
        Assert.Equal(("7", shown["emailFrequency"], "Europe/Paris"), (unchanged["capEmail"], unchanged["emailFrequency"], unchanged["timeZone"]));

        // Saving again what the page shows keeps the other tab's zone.
        var again = new Dictionary<string, string>(shown.Where(f => f.Key != "topics")) { ["capEmail"] = "3", ["emailFrequency"] = "hourly", ["timeZone"] = "Europe/Paris" };
        var (saved, _) = await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(page, "settings"), again);
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        var now = ManageValues.Of(await StoredAsync(confirmed));
        Assert.Equal(("3", "hourly", "Europe/Paris"), (now["capEmail"], now["emailFrequency"], now["timeZone"]));
    }

    private async Task<(ConfirmedSignUp Confirmed, string TabA, string TabB, IReadOnlyDictionary<string, string> Shown)> TwoTabsAsync(string name)
    {
        var confirmed = await SignUps.ConfirmedAsync(host, new SubscriberRequest($"{name}-{Guid.NewGuid():N}@example.com", null, "UTC", [("Syria", false)], 2));
        var tabA = await OpenAsync(confirmed.ManageToken);
        var tabB = await OpenAsync(confirmed.ManageToken);
        // What both tabs show, and so what a browser posts for the fields left alone.
        var shown = ManageValues.Of(await StoredAsync(confirmed));
        return (confirmed, tabA, tabB, shown);
    }

    private Task<(HttpResponseMessage Response, string Html)> PostSettingsAsync(string tab, IReadOnlyDictionary<string, string> shown, params (string Name, string Value)[] changed)
    {
        var fields = new Dictionary<string, string>(shown.Where(f => f.Key != "topics"));
        foreach (var (name, value) in changed)
        {
            fields[name] = value;
        }

        return HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(tab, "settings"), fields);
    }

    private static string? InputValue(string html, string name) =>
        InputPattern().Matches(html).Select(m => m.Value).FirstOrDefault(i => i.Contains($"name=\"{name}\"", StringComparison.Ordinal)) is { } input
            ? ValuePattern().Match(input).Groups[1].Value
            : null;

    private async Task<Subscriber> StoredAsync(ConfirmedSignUp confirmed) =>
        (await host.Services.GetRequiredService<ISubscriberStore>().GetAsync(confirmed.Subscriber.Id, CancellationToken.None))!;

    private async Task<string> OpenAsync(string token) =>
        await host.Browser.GetStringAsync(new Uri($"manage?token={Uri.EscapeDataString(token)}", UriKind.Relative));

    [GeneratedRegex("<input [^>]*>")]
    private static partial Regex InputPattern();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValuePattern();
}
