namespace NewsAlerts.Integration.Tests.Editors;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Integration.Tests.Pages;
using NewsAlerts.Testing;

/// <summary>
/// The console's forms as a browser posts them: a story previewed and published from <c>/editor</c>, then retracted from
/// its page after it was flagged as breaking (the preview, then the confirmation), each confirmation answered <c>303</c>
/// to the story page.
/// </summary>
public sealed class A_story_is_published_and_retracted_through_the_console_forms(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() =>
        host = await TestFunctionHost.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?> { ["Editor:DevSignIn"] = "true" }, runDispatcher: true);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_retraction_is_confirmed_and_the_story_shows_it_withdrawn()
    {
        var tag = "Zq" + Guid.NewGuid().ToString("N")[..8];
        await SignUps.ConfirmedAsync(host, new SubscriberRequest($"reader-{tag}@example.com", TestPhones.NewValid(), "UTC", [(tag, false)], 2));
        using var erin = Browser("Erin");
        var console = await erin.GetStringAsync(new Uri("editor", UriKind.Relative));

        var (previewed, preview) = await HtmlForms.PostAsync(erin, HtmlForms.Of(console).Single(f => f.Action == "/editor/preview"), [new("headline", $"Truce holds in {tag}"), new("body", $"Fighting stopped in {tag}."), new("urgency", "3")]);
        Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);
        var (published, _) = await HtmlForms.PostAsync(erin, HtmlForms.Of(preview).Single()).WaitAsync(Deadline);
        Assert.Equal(HttpStatusCode.SeeOther, published.StatusCode);
        var story = published.Headers.Location!.OriginalString;

        var flagging = await erin.GetStringAsync(new Uri(story.TrimStart('/'), UriKind.Relative));
        var (flagPreviewed, flagPreview) = await HtmlForms.PostAsync(erin, HtmlForms.WithStep(flagging, "breaking")).WaitAsync(Deadline);
        Assert.Equal(HttpStatusCode.OK, flagPreviewed.StatusCode);
        var (flagged, _) = await HtmlForms.PostAsync(erin, HtmlForms.WithStep(flagPreview, "confirm")).WaitAsync(Deadline);
        Assert.Equal(HttpStatusCode.SeeOther, flagged.StatusCode);

        var page = await erin.GetStringAsync(new Uri(story.TrimStart('/'), UriKind.Relative));
        var (asked, retraction) = await HtmlForms.PostAsync(erin, HtmlForms.WithStep(page, "retract"), [new("retractionNote", "The report could not be verified.")]).WaitAsync(Deadline);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var (confirmed, answer) = await HtmlForms.PostAsync(erin, HtmlForms.WithStep(retraction, "confirm")).WaitAsync(Deadline);

        Assert.True(confirmed.StatusCode == HttpStatusCode.SeeOther, $"{(int)confirmed.StatusCode}: {answer[..Math.Min(answer.Length, 2000)]}");
        Assert.Equal(story, confirmed.Headers.Location!.OriginalString);
        Assert.Contains(Pages.ConsoleWithdrawn(), await erin.GetStringAsync(new Uri(story.TrimStart('/'), UriKind.Relative)), StringComparison.Ordinal);
    }

    // A browser signed in (development sign-in) as the editor called name, posting from the app's own origin.
    private HttpClient Browser(string name)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.Client.BaseAddress, Timeout = Deadline };
        client.DefaultRequestHeaders.Add("Cookie", $"{EditorSessions.CookieName}={host.Services.GetRequiredService<EditorSessions>().Issue(name)}");
        return client;
    }

    private static class Pages
    {
        public static string ConsoleWithdrawn() => global::NewsAlerts.Pages.Editor.ConsoleStrings.Withdrawn;
    }
}
