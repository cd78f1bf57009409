namespace NewsAlerts.Integration.Tests.Pages;

using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsAlerts.Core.Caps;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Integration.Tests.Editors;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Pages.Manage;
using NewsAlerts.Testing;

/// <summary>
/// Trial s44: when reading the sign-up waiting for its link or code failed (a storage error), the whole <c>/manage</c>
/// page failed. A side part of a page (what they received, what waits for a link or code; a story's audit, delivery and
/// digests) that cannot be read now leaves the page working, with that one part saying so in the page's language; a
/// daily cap whose day could not be read is saved and said to count from now, on the page and in the API answer. The
/// host's tables here fail on demand (<see cref="FailingTables"/>: the real SDK's 503 from the real stores).
/// </summary>
public sealed class A_side_part_that_cannot_be_read_leaves_the_page_working(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private readonly FailingTables outage = new();
    private readonly Logs logs = new();
    private TestFunctionHost host = null!;

    public async Task InitializeAsync()
    {
        var tables = new RecordedTables(fixture.Stack, "s", outage);
        host = await TestFunctionHost.StartAsync(fixture.Stack, configureServices: services =>
        {
            services.AddSingleton(tables.Service);
            services.AddSingleton<ILoggerProvider>(logs);
        });
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("ar")]
    public async Task What_they_received_that_cannot_be_read_is_said_in_their_language_and_the_rest_works(string language)
    {
        var confirmed = await ConfirmedAsync("recent", language);

        outage.Fail("alerthistory");
        var (status, html) = await ManageAsync(confirmed);
        outage.Heal();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Syria", html, StringComparison.Ordinal);
        Assert.Contains("id=\"recent-unread\"", html, StringComparison.Ordinal);
        Assert.Contains(Catalog(nameof(PageStrings.RecentUnreadable), language), html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"waits-unread\"", html, StringComparison.Ordinal);
        // The forms still carry the token: the page works.
        Assert.Contains("name=\"step\" value=\"settings\"", html, StringComparison.Ordinal);

        var (again, healed) = await ManageAsync(confirmed);
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.DoesNotContain("id=\"recent-unread\"", healed, StringComparison.Ordinal);
        Assert.Contains(logs.Lines, l => l.EventId == 4201 && l.Level == LogLevel.Warning && l.Text.Contains("manage.recent", StringComparison.Ordinal));
    }

    // The waiting sign-up is found through the contact's index rows; the change of contact through the manage link's sign-up.
    [Theory]
    [InlineData("signupemails", "de")]
    [InlineData("signups", "es")]
    public async Task What_waits_for_a_link_or_code_that_cannot_be_read_is_said_and_the_rest_works(string table, string language)
    {
        var confirmed = await ConfirmedAsync("waits", language);

        outage.Fail(table);
        var (status, html) = await ManageAsync(confirmed);
        outage.Heal();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"waits-unread\"", html, StringComparison.Ordinal);
        Assert.Contains(Catalog(nameof(PageStrings.WaitsUnreadable), language), html, StringComparison.Ordinal);
        Assert.Contains("Syria", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"recent-unread\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cap_saved_on_the_page_while_the_days_history_cannot_be_read_is_said_to_count_from_now()
    {
        var confirmed = await ConfirmedAsync("capPage", "fr");
        var (_, page) = await host.VisitAsync($"manage?token={Uri.EscapeDataString(confirmed.ManageToken)}");
        var fields = new Dictionary<string, string>(ManageValues.Of(confirmed.Subscriber).Where(f => f.Key != "topics")) { ["capEmail"] = "3" };

        var before = logs.Count;
        outage.Fail("alerthistory");
        var (saved, _) = await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(page, "settings"), fields);
        outage.Heal();

        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.Contains($"{ManageNotices.Field}={ManageNotices.SavedCapsFromNow}", saved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var (_, shown) = await host.VisitAsync(saved.Headers.Location.OriginalString);
        Assert.Contains(Catalog(nameof(PageStrings.CapsCountFromNow), "fr"), WebUtility.HtmlDecode(shown), StringComparison.Ordinal);
        var stored = (await host.Services.GetRequiredService<SubscriberService>().GetAsync(confirmed.Subscriber.Id, confirmed.ManageToken, CancellationToken.None)).Subscriber!;
        Assert.Equal(3, stored.EffectivePreferences.Caps.Email);
        // Logged for operators as a warning, without the person: no address, no subscriber id.
        var logged = Assert.Single(logs.Lines, l => l.EventId == 4101 && l.Text.Contains("Email", StringComparison.Ordinal) && l.At > before);
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.DoesNotContain(confirmed.Subscriber.Email!, logged.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(confirmed.Subscriber.Id, logged.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cap_saved_through_the_api_while_the_days_history_cannot_be_read_says_it_counts_from_now()
    {
        var confirmed = await ConfirmedAsync("capApi", "en");

        outage.Fail("alerthistory");
        using var answer = await PatchAsync(confirmed, """{"preferences": {"caps": {"email": 2}}}""");
        outage.Heal();
        using var again = await PatchAsync(confirmed, """{"preferences": {"caps": {"email": 4}}}""");

        var body = await Api.BodyAsync(answer);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var notice = Assert.Single(body.GetProperty("notices").EnumerateArray());
        Assert.Equal(CapSeeding.NoticeField, notice.GetProperty("field").GetString());
        Assert.Contains("counts from now", notice.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, body.GetProperty("preferences").GetProperty("caps").GetProperty("email").GetInt32());
        // Read as usual, nothing to say.
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.False((await Api.BodyAsync(again)).TryGetProperty("notices", out _));
    }

    [Fact]
    public async Task A_story_page_whose_audit_delivery_and_digests_cannot_be_read_says_so_in_each_part()
    {
        var id = $"urn:side:{Guid.NewGuid():N}";
        await Editor.PublishAsync(host, Editor.SampleArticle(id));
        using var editor = ConsoleEditor.Browser(host, "side-editor");
        await editor.GetStringAsync(new Uri("editor", UriKind.Relative));

        // The digest entries are found through the story's index rows (digeststories), then read (digests).
        outage.Fail("editoraudit", "deliveries", "digeststories", "digests");
        using var page = await editor.GetAsync(new Uri(StoryKeys.PathOf(id).TrimStart('/'), UriKind.Relative));
        using var status = await editor.GetAsync(new Uri(StoryKeys.PathOf(id).TrimStart('/') + "/status", UriKind.Relative));
        outage.Heal();

        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(ConsoleStrings.AuditUnread, html, StringComparison.Ordinal);
        Assert.Contains(ConsoleStrings.DeliveryUnread, html, StringComparison.Ordinal);
        Assert.Contains(ConsoleStrings.DigestsUnread, html, StringComparison.Ordinal);
        // The story and its actions are there.
        Assert.Contains("name=\"retractionNote\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var unread = (await Api.BodyAsync(status)).GetProperty("unread").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["audit", "delivery", "digests"], unread);
        Assert.True(outage.Failed > 0, "the outage was met");
    }

    private async Task<ConfirmedSignUp> ConfirmedAsync(string name, string language) =>
        await SignUps.ConfirmedAsync(host, new SubscriberRequest($"{name}-{Guid.NewGuid():N}@example.com", null, "UTC", [("Syria", false)], 2, Language: language));

    private async Task<(HttpStatusCode Status, string Html)> ManageAsync(ConfirmedSignUp confirmed)
    {
        var (status, html) = await host.VisitAsync($"manage?token={Uri.EscapeDataString(confirmed.ManageToken)}");
        return (status, WebUtility.HtmlDecode(html));
    }

    private async Task<HttpResponseMessage> PatchAsync(ConfirmedSignUp confirmed, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"api/subscribers/{confirmed.Subscriber.Id}") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", confirmed.ManageToken);
        return await host.Client.SendAsync(request);
    }

    private static string Catalog(string key, string language) =>
        PageStrings.Catalog.GetString(key, language == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language))!;

    // The host's log lines, numbered in the order written.
    private sealed class Logs : ILoggerProvider
    {
        private readonly ConcurrentQueue<(int At, LogLevel Level, int EventId, string Text)> lines = new();
        private int count;

        public int Count => Volatile.Read(ref count);

        public IReadOnlyList<(int At, LogLevel Level, int EventId, string Text)> Lines => [.. lines];

        public ILogger CreateLogger(string categoryName) => new Writer(this);

        public void Dispose()
        {
        }

        private sealed class Writer(Logs logs) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    logs.lines.Enqueue((Interlocked.Increment(ref logs.count), logLevel, eventId.Id, formatter(state, exception)));
                }
            }
        }
    }
}
