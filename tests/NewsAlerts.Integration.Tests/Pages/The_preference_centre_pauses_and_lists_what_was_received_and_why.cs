namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.History;
using NewsAlerts.Core.Pausing;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Manage;
using NewsAlerts.Testing;

public sealed class The_preference_centre_pauses_and_lists_what_was_received_and_why(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_last_30_days_show_on_their_clock_escaped_and_linked_and_stop_everything_erases_them()
    {
        var confirmed = await ConfirmedAsync("history");
        var id = confirmed.Subscriber.Id;
        var history = host.Services.GetRequiredService<IAlertHistory>();
        var now = DateTimeOffset.UtcNow;
        var recent = new ReceivedAlert(id, now.AddHours(-2), Channel.Email, ReceivedKind.Alert, "urn:test:recent", "<script>alert(1)</script> Truce holds",
            "Wire", new Uri("https://news.example.com/truce"), "matched Syria: \"syria\" in the headline");
        var old = new ReceivedAlert(id, now.AddDays(-40), Channel.Sms, ReceivedKind.Alert, "urn:test:old", "Old story", null, null, "matched Syria");
        await history.AddAsync([old], CancellationToken.None);
        await history.AddAsync([recent], CancellationToken.None);
        await history.AddAsync([recent], CancellationToken.None); // a repeated write replaces its row

        var page = await OpenAsync(confirmed);

        Assert.Contains("Why: matched Syria: &quot;syria&quot; in the headline", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Truce holds", page, StringComparison.Ordinal);
        Assert.Contains("href=\"https://news.example.com/truce\"", page, StringComparison.Ordinal);
        Assert.Contains(InEnglish(recent.At), System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.DoesNotContain("Old story", page, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(page, "Truce holds"));
        // The page's read deleted the row older than 30 days (the cleanup is off the dispatch path).
        Assert.Single(await history.RecentAsync(id, DateTimeOffset.MinValue, 100, CancellationToken.None));

        var (_, askedPage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(page, "stop"));
        Assert.Single(await history.RecentAsync(id, DateTimeOffset.MinValue, 100, CancellationToken.None)); // asked first: nothing deleted yet
        var (stopped, _) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(askedPage, "stopConfirmed"));
        Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        Assert.Empty(await history.RecentAsync(id, DateTimeOffset.MinValue, 100, CancellationToken.None));
    }

    [Fact]
    public async Task A_story_withdrawn_or_corrected_since_is_marked_from_its_stored_version()
    {
        var confirmed = await ConfirmedAsync("standing");
        var id = confirmed.Subscriber.Id;
        var history = host.Services.GetRequiredService<IAlertHistory>();
        var articles = host.Services.GetRequiredService<IArticleStore>();
        var now = DateTimeOffset.UtcNow;
        var unique = Guid.NewGuid().ToString("N")[..10];
        Article Story(string name, int version, ArticleNotice? notice) =>
            new($"urn:test:{name}-{unique}", version, $"{name} headline", "Body", null, "Wire", "en", [], 5, new Uri($"https://news.example.com/{name}-v{version}"), now, Notice: notice);
        // Each story as received (version 1), then its latest version as the editor published it.
        foreach (var name in new[] { "withdrawn", "corrected", "stands" })
        {
            var first = Story(name, 1, null);
            await articles.SaveAsync(first, CancellationToken.None);
            await history.AddAsync([new ReceivedAlert(id, now.AddHours(-1), Channel.Email, ReceivedKind.Alert, first.Id, first.Headline, "Wire", first.Url, "matched Syria")], CancellationToken.None);
        }

        await articles.SaveAsync(Story("withdrawn", 2, new ArticleNotice(NoticeKind.Withdrawn, "Legal reasons")), CancellationToken.None);
        await articles.SaveAsync(Story("corrected", 2, new ArticleNotice(NoticeKind.Corrected, "Wrong town")), CancellationToken.None);

        var page = await OpenAsync(confirmed);

        Assert.DoesNotContain("https://news.example.com/withdrawn", page, StringComparison.Ordinal);
        Assert.Contains("<strong>withdrawn headline</strong>", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/a/{AlertLinks.ShortCode(Story("withdrawn", 1, null).Id)}\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"https://news.example.com/corrected-v2\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("https://news.example.com/corrected-v1", page, StringComparison.Ordinal);
        Assert.Contains("href=\"https://news.example.com/stands-v1\"", page, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(page, PageStrings.HistoryWithdrawn));
        Assert.Equal(1, CountOf(page, PageStrings.HistoryCorrected));

        // The notice link leads to the withdrawal notice, never on to the withdrawn text.
        using var notice = await host.Client.GetAsync(new Uri($"api/a/{AlertLinks.ShortCode(Story("withdrawn", 1, null).Id)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Gone, notice.StatusCode);
        Assert.Contains("Legal reasons", await notice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pause_is_chosen_shown_and_resumed_with_one_button_and_a_missing_date_names_its_field()
    {
        var confirmed = await ConfirmedAsync("pause");
        var service = host.Services.GetRequiredService<SubscriberService>();
        var page = await OpenAsync(confirmed);
        Assert.Contains("Nothing sent to you in the last 30 days.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("paused until", page, StringComparison.Ordinal);

        var (noDate, noDatePage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(page, "pause"), [new("pause", "date"), new("pauseUntil", "")]);
        Assert.Equal(HttpStatusCode.BadRequest, noDate.StatusCode);
        Assert.Contains("href=\"#field-pauseUntil\"", noDatePage, StringComparison.Ordinal);
        Assert.Contains("Enter a day in “Start again on (date)”", System.Net.WebUtility.HtmlDecode(noDatePage), StringComparison.Ordinal);

        var (past, pastPage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(page, "pause"), [new("pause", "date"), new("pauseUntil", "2020-01-01")]);
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("href=\"#field-pauseUntil\"", pastPage, StringComparison.Ordinal);
        // Trial r34 #1: the reason and the range allowed, not "cannot be used as it is".
        Assert.Contains("“Start again on (date)” must be after today: from ", System.Net.WebUtility.HtmlDecode(pastPage), StringComparison.Ordinal);
        Assert.DoesNotContain("cannot be used as it is", System.Net.WebUtility.HtmlDecode(pastPage), StringComparison.Ordinal);

        var before = DateTimeOffset.UtcNow;
        var (paused, pausedPage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(page, "pause"), [new("pause", "1w")]);
        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        var stored = (await service.GetAsync(confirmed.Subscriber.Id, confirmed.ManageToken, CancellationToken.None)).Subscriber!;
        Assert.InRange(stored.PausedUntil!.Value, before.AddDays(7), DateTimeOffset.UtcNow.AddDays(7));
        Assert.Contains($"Your alerts are paused until {InEnglish(stored.PausedUntil.Value)}.", System.Net.WebUtility.HtmlDecode(pausedPage), StringComparison.Ordinal);

        var (resumed, resumedPage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(pausedPage, "resume"));
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        Assert.Contains("Resumed", resumedPage, StringComparison.Ordinal);
        Assert.Null((await service.GetAsync(confirmed.Subscriber.Id, confirmed.ManageToken, CancellationToken.None)).Subscriber!.PausedUntil);
    }

    [Fact]
    public async Task The_api_pauses_with_patch_and_refuses_an_unknown_length_as_problem_json_naming_pause()
    {
        var confirmed = await ConfirmedAsync("api");

        using var refused = await PatchAsync(confirmed, """{"pause": "soon"}""");
        using var untilResumed = await PatchAsync(confirmed, """{"pause": "untilResumed"}""");
        var body = await Api.BodyAsync(untilResumed);
        using var resumed = await PatchAsync(confirmed, """{"pause": "off"}""");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("pause", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, untilResumed.StatusCode);
        Assert.Equal(Pauses.UntilResumed, body.GetProperty("pausedUntil").GetDateTimeOffset());
        Assert.False((await Api.BodyAsync(resumed)).TryGetProperty("pausedUntil", out _));
    }

    [Fact]
    public async Task The_api_refuses_resumed_naming_pause_and_the_values_and_leaves_the_subscriber_unpaused()
    {
        // Trial s42 B: {"pause":"resumed"} answered "pausedUntil":"9999-12-31T23:59:59.9999999+00:00" to a client resuming.
        var confirmed = await ConfirmedAsync("retired");

        using var refused = await PatchAsync(confirmed, """{"pause": "resumed"}""");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Contains("\"pause\"", problem, StringComparison.Ordinal);
        Assert.Contains("must be 1d, 1w, untilResumed, off or a date (yyyy-MM-dd)", problem, StringComparison.Ordinal);
        var service = host.Services.GetRequiredService<SubscriberService>();
        Assert.Null((await service.GetAsync(confirmed.Subscriber.Id, confirmed.ManageToken, CancellationToken.None)).Subscriber!.PausedUntil);
    }

    [Fact]
    public async Task The_page_pauses_until_resumed_with_the_apis_value()
    {
        var confirmed = await ConfirmedAsync("until");
        var page = await OpenAsync(confirmed);
        Assert.Contains("value=\"untilResumed\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"resumed\"", page, StringComparison.Ordinal);

        var (paused, _) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(page, "pause"), [new("pause", "untilResumed")]);

        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        var service = host.Services.GetRequiredService<SubscriberService>();
        Assert.Equal(Pauses.UntilResumed, (await service.GetAsync(confirmed.Subscriber.Id, confirmed.ManageToken, CancellationToken.None)).Subscriber!.PausedUntil);
    }

    private Task<ConfirmedSignUp> ConfirmedAsync(string name) => SignUps.ConfirmedAsync(
        host, new SubscriberRequest($"{name}-{Guid.NewGuid().ToString("N")[..10]}@example.com", null, "Asia/Tokyo", [("Syria", false)], 2));

    private async Task<string> OpenAsync(ConfirmedSignUp confirmed)
    {
        using var opened = await host.Client.GetAsync(new Uri($"manage?token={Uri.EscapeDataString(confirmed.ManageToken)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        return await opened.Content.ReadAsStringAsync();
    }

    private async Task<HttpResponseMessage> PatchAsync(ConfirmedSignUp confirmed, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"api/subscribers/{confirmed.Subscriber.Id}") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", confirmed.ManageToken);
        return await host.Client.SendAsync(request);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    // The page's English words for an instant on Tokyo's clock (PageMoments writes in the current culture, the page's).
    private static string InEnglish(DateTimeOffset at)
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("en");
        try
        {
            return NewsAlerts.Pages.Languages.PageMoments.Local(at, "Asia/Tokyo");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }
}
