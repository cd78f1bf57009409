namespace NewsAlerts.Integration.Tests.Editors;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Editor;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Integration.Tests.Pages;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Testing;

/// <summary>
/// Trial r36 #3: the console's Retract and Correct notes and the development sign-in name took U+202E (a right-to-left
/// override), which the API refuses in <c>ednote</c> and <c>correction.note</c>; it reached emails, the public withdrawn
/// page and the audit, and "Zoë U+202E evil" read as "Zoë live". Every way in refuses it the same (FreeText.Field).
/// Trial r36 #8: the fields form had no language. Trial r36 #10: "Publish and send" posted twice at once wrote two
/// "Published" audit rows for one version.
/// </summary>
[Collection("queues")]
public sealed class Console_fields_take_the_apis_checks_and_a_double_publish_is_audited_once(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private const string Rlo = "\u202E";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("retract", "retractionNote")]
    [InlineData("correct", "correctionNote")]
    public async Task A_note_with_a_bidi_override_is_refused_and_nothing_is_published(string step, string field)
    {
        var tag = "Zn" + Guid.NewGuid().ToString("N")[..8];
        using var erin = ConsoleEditor.Browser(host, "Erin", Deadline);
        var (_, story) = await ConsoleEditor.PublishAsync(erin, tag, Deadline);
        var page = await erin.GetStringAsync(new Uri(story.TrimStart('/'), UriKind.Relative));

        var (answer, html) = await HtmlForms.PostAsync(erin, HtmlForms.WithStep(page, step), [new(field, "Information non vérifiée <script>alert(1)</script> " + Rlo)]);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("The note contains U+202E", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        var audit = await host.Services.GetRequiredService<IAuditLog>().ListAsync(StoryKeys.IdOf(story["/editor/stories/".Length..])!, 50, CancellationToken.None);
        Assert.Equal([EditorAction.Published], audit.Select(e => e.Action));
    }

    [Fact]
    public async Task A_note_edited_into_the_confirm_post_is_refused_too()
    {
        var tag = "Zc" + Guid.NewGuid().ToString("N")[..8];
        using var erin = ConsoleEditor.Browser(host, "Erin", Deadline);
        var (_, story) = await ConsoleEditor.PublishAsync(erin, tag, Deadline);
        var page = await erin.GetStringAsync(new Uri(story.TrimStart('/'), UriKind.Relative));
        var (_, preview) = await HtmlForms.PostAsync(erin, HtmlForms.WithStep(page, "retract"), [new("retractionNote", "Not verified.")]);
        var (action, hidden) = HtmlForms.WithStep(preview, "confirm");
        hidden["note"] = "Not verified. " + Rlo;

        var (answer, _) = await HtmlForms.PostAsync(erin, (action, hidden));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
    }

    [Theory]
    [InlineData("Zoë \u202Eevil\u202C 🦊")]
    [InlineData("Zoë \u2067evil")]
    public async Task A_sign_in_name_with_bidi_controls_is_refused(string name)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.Client.BaseAddress };
        var form = HtmlForms.Of(await browser.GetStringAsync(new Uri("editor/sign-in", UriKind.Relative))).Single();

        var (answer, html) = await HtmlForms.PostAsync(browser, form, [new("name", name), new("key", TestFunctionHost.DefaultKey)]);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.False(answer.Headers.Contains("Set-Cookie"), "no session for a refused name");
        Assert.Contains("Your name contains U+20", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    // Trial r36 #8: a French story typed in the fields was read as English, matched 0 French readers, and the preview
    // never said what language it assumed. The form has a language (default English, as the API's) and the preview names it.
    [Theory]
    [InlineData(null, "English (en)", 0)]
    [InlineData("fr", "French (fr)", 1)]
    public async Task The_fields_language_is_the_storys_and_the_preview_names_it(string? language, string shown, int matched)
    {
        var tag = "Zl" + Guid.NewGuid().ToString("N")[..8];
        await SignUps.ConfirmedAsync(host, new SubscriberRequest(
            $"lecteur-{tag}@example.fr", null, "Europe/Paris", [(tag, false)], 2, DeliveryPreferences.AsItHappens, Language: "fr"));
        using var erin = ConsoleEditor.Browser(host, "Erin", Deadline);
        var home = await erin.GetStringAsync(new Uri("editor", UriKind.Relative));
        Assert.Contains("name=\"language\"", home, StringComparison.Ordinal);
        var fields = new List<KeyValuePair<string, string>> { new("headline", $"Le cessez-le-feu tient à {tag}"), new("body", $"Les combats ont cessé à {tag}."), new("urgency", "3") };
        if (language is not null)
        {
            fields.Add(new("language", language));
        }

        var (answer, preview) = await HtmlForms.PostAsync(erin, HtmlForms.Of(home).Single(f => f.Action == "/editor/preview"), fields);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains($"{ConsoleStrings.StoryLanguage}: <strong lang=\"{language ?? "en"}\">{shown}</strong>", preview, StringComparison.Ordinal);
        Assert.Contains($"data-figure=\"{ConsoleStrings.MatchedSubscribers}\">{matched}<", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_concurrent_publish_posts_write_one_published_row()
    {
        var tag = "Zd" + Guid.NewGuid().ToString("N")[..8];
        using var erin = ConsoleEditor.Browser(host, "Erin", Deadline);
        var home = await erin.GetStringAsync(new Uri("editor", UriKind.Relative));
        var fields = new KeyValuePair<string, string>[] { new("headline", $"Truce holds in {tag}"), new("body", $"Fighting stopped in {tag}."), new("urgency", "3") };
        var (_, preview) = await HtmlForms.PostAsync(erin, HtmlForms.Of(home).Single(f => f.Action == "/editor/preview"), fields);
        var form = HtmlForms.Of(preview).Single();

        var answers = await Task.WhenAll(HtmlForms.PostAsync(erin, form), HtmlForms.PostAsync(erin, form)).WaitAsync(Deadline);

        var story = answers.Select(a => a.Response.Headers.Location?.OriginalString).First(l => l is not null)!;
        var audit = await host.Services.GetRequiredService<IAuditLog>().ListAsync(StoryKeys.IdOf(story["/editor/stories/".Length..])!, 50, CancellationToken.None);
        Assert.Single(audit, e => e.Action == EditorAction.Published);
    }
}
