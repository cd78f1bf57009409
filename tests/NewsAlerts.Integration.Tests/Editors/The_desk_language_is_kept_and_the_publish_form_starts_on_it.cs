namespace NewsAlerts.Integration.Tests.Editors;

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Editor;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Integration.Tests.Pages;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Testing;

/// <summary>
/// Trial r37: every article form started on English and an editor of a French desk picked French for every story. The
/// console keeps a desk language per editor sign-in (Table storage); the publish form starts on it and each story can
/// still take another.
/// </summary>
public sealed partial class The_desk_language_is_kept_and_the_publish_form_starts_on_it(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_french_desk_starts_every_story_in_french_and_a_story_may_take_another()
    {
        var tag = "Zk" + Guid.NewGuid().ToString("N")[..8];
        var name = "Desk " + tag;
        await SignUps.ConfirmedAsync(host, new SubscriberRequest(
            $"lecteur-{tag}@example.fr", null, "Europe/Paris", [(tag, false)], 2, DeliveryPreferences.AsItHappens, Language: "fr"));
        using var editor = ConsoleEditor.Browser(host, name, Deadline);
        var first = await editor.GetStringAsync(new Uri("editor", UriKind.Relative));
        Assert.Equal("en", Selected(first, "language"));
        Assert.Equal("en", Selected(first, "deskLanguage"));

        var (saved, _) = await HtmlForms.PostAsync(editor, HtmlForms.Of(first).Single(f => f.Action == "/editor/desk-language"), [new("deskLanguage", "fr")]);

        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        var location = saved.Headers.Location!.OriginalString;
        Assert.Equal("/editor?desk=saved", location);
        var after = await editor.GetStringAsync(new Uri(location.TrimStart('/'), UriKind.Relative));
        Assert.Contains("data-desk-saved>Saved: new stories start in French.<", after, StringComparison.Ordinal);
        Assert.Equal("fr", Selected(after, "language"));
        Assert.Equal("fr", Selected(after, "deskLanguage"));

        // Kept: a new session of the same sign-in (another browser, a later day) starts on French too.
        using var again = ConsoleEditor.Browser(host, name, Deadline);
        var home = await again.GetStringAsync(new Uri("editor", UriKind.Relative));
        Assert.Equal("fr", Selected(home, "language"));
        Assert.DoesNotContain("data-desk-saved", home, StringComparison.Ordinal);

        // The form as a browser submits it, the language left as it starts: a French story, matching the French reader.
        var publish = HtmlForms.Of(home).Single(f => f.Action == "/editor/preview");
        KeyValuePair<string, string>[] story = [new("headline", $"Le cessez-le-feu tient à {tag}"), new("body", $"Les combats ont cessé à {tag}."), new("urgency", "3")];
        var (_, french) = await HtmlForms.PostAsync(again, publish, [.. story, new("language", Selected(home, "language")!)]);
        Assert.Contains($"{ConsoleStrings.StoryLanguage}: <strong lang=\"fr\">French (fr)</strong>", french, StringComparison.Ordinal);
        Assert.Contains($"data-figure=\"{ConsoleStrings.MatchedSubscribers}\">1<", french, StringComparison.Ordinal);

        // Overridden for one story: German, which the French reader's topic does not match in.
        var (_, german) = await HtmlForms.PostAsync(again, publish, [.. story, new("language", "de")]);
        Assert.Contains($"{ConsoleStrings.StoryLanguage}: <strong lang=\"de\">German (de)</strong>", german, StringComparison.Ordinal);
        Assert.Contains($"data-figure=\"{ConsoleStrings.MatchedSubscribers}\">0<", german, StringComparison.Ordinal);

        // The override changed nothing kept; another editor's console still starts on English.
        Assert.Equal("fr", Selected(await again.GetStringAsync(new Uri("editor", UriKind.Relative)), "language"));
        using var other = ConsoleEditor.Browser(host, "Other " + tag, Deadline);
        Assert.Equal("en", Selected(await other.GetStringAsync(new Uri("editor", UriKind.Relative)), "language"));
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("")]
    [InlineData("fr\"><script>alert(1)</script>")]
    public async Task A_desk_language_not_offered_is_refused_on_its_field_and_nothing_is_kept(string posted)
    {
        var name = "Desk Zr" + Guid.NewGuid().ToString("N")[..8];
        using var editor = ConsoleEditor.Browser(host, name, Deadline);
        var home = await editor.GetStringAsync(new Uri("editor", UriKind.Relative));

        var (answer, html) = await HtmlForms.PostAsync(editor, HtmlForms.Of(home).Single(f => f.Action == "/editor/desk-language"), [new("deskLanguage", posted)]);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("href=\"#field-deskLanguage\"", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(ConsoleStrings.DeskRefused), html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Null(await host.Services.GetRequiredService<IEditorSettings>().GetDeskLanguageAsync("dev:" + name, CancellationToken.None));
    }

    [Fact]
    public async Task A_desk_form_without_its_token_is_refused()
    {
        using var editor = ConsoleEditor.Browser(host, "Desk Zt" + Guid.NewGuid().ToString("N")[..8], Deadline);

        var (answer, _) = await HtmlForms.PostAsync(editor, ("/editor/desk-language", new Dictionary<string, string>()), [new("deskLanguage", "fr")]);

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
    }

    // The value of the selected option of the select called name (what a browser submits).
    private static string? Selected(string html, string name)
    {
        var select = Regex.Match(html, $"<select[^>]*name=\"{name}\"[^>]*>(?<options>.*?)</select>", RegexOptions.Singleline);
        Assert.True(select.Success, $"no select {name}");
        var options = SelectedOption().Matches(select.Groups["options"].Value);
        return Assert.Single(options).Groups["value"].Value;
    }

    [GeneratedRegex("""<option value="(?<value>[^"]*)"[^>]*\bselected\b""")]
    private static partial Regex SelectedOption();
}
