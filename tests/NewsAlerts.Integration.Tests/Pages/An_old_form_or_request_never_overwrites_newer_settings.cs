namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Manage;
using NewsAlerts.Testing;

/// <summary>
/// Optimistic concurrency on the preference centre and the API: a form carries the version it was rendered from and
/// the API answers ETag and honours If-Match, so a change asked against an older version writes nothing.
/// </summary>
public sealed class An_old_form_or_request_never_overwrites_newer_settings(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;
    private HttpClient sinkClient = null!;

    public async Task InitializeAsync()
    {
        host = await TestFunctionHost.StartAsync(fixture.Stack);
        sinkClient = new HttpClient { BaseAddress = fixture.Stack.SmsSink };
    }

    public async Task DisposeAsync()
    {
        sinkClient.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task A_form_opened_before_a_stop_text_does_not_undo_it_and_the_page_says_why()
    {
        var phone = TestPhones.NewValid();
        var confirmed = await ConfirmedAsync("stop", phone);
        var page = await OpenAsync(confirmed.ManageToken);

        using (var stop = await sinkClient.PostAsJsonAsync("sink/inbound", new { from = phone, body = "STOP", webhookUrl = new Uri(host.Client.BaseAddress!, "api/twilio/inbound") }))
        {
            Assert.True(stop.IsSuccessStatusCode, await stop.Content.ReadAsStringAsync());
        }

        await Eventually.TrueAsync(async () => (await StoredAsync(confirmed)).SmsStatus == ContactStatus.OptedOut, "the STOP text is applied");
        var (old, oldPage) = await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(page, "settings"), [new("smsMaxUrgency", "5"), new("timeZone", "Europe/Paris")]);

        Assert.Equal(HttpStatusCode.Conflict, old.StatusCode);
        // The reason is named (the number replied STOP), not a general "changed elsewhere".
        // Issue 16: what was typed stays in the form; trial r36 #6: the fields the person changed themselves are not named
        // as saved elsewhere (only the STOP happened elsewhere).
        Assert.Contains($"{PageStrings.ManageChangedStopText} {TypedValues.Sentence([])}", WebUtility.HtmlDecode(oldPage), StringComparison.Ordinal);
        Assert.Contains("<option value=\"Europe/Paris\" selected", oldPage, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.ManageChangedElsewhere, WebUtility.HtmlDecode(oldPage), StringComparison.Ordinal);
        Assert.Contains("id=\"phone-stopped\"", oldPage, StringComparison.Ordinal);
        var after = await StoredAsync(confirmed);
        Assert.Equal(ContactStatus.OptedOut, after.SmsStatus);
        Assert.Equal((2, "UTC"), (after.SmsMaxUrgency, after.TimeZone));

        // The page shown now carries the current version: the same change made again is saved, and STOP stays.
        var (again, _) = await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(oldPage, "settings"), [new("smsMaxUrgency", "5"), new("timeZone", "Europe/Paris")]);
        Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
        var saved = await StoredAsync(confirmed);
        Assert.Equal((5, "Europe/Paris", ContactStatus.OptedOut), (saved.SmsMaxUrgency, saved.TimeZone, saved.SmsStatus));
    }

    [Fact]
    public async Task A_form_opened_before_a_one_click_unsubscribe_or_a_pause_elsewhere_names_what_happened()
    {
        var confirmed = await ConfirmedAsync("reason", null);
        var page = await OpenAsync(confirmed.ManageToken);
        var other = await OpenAsync(confirmed.ManageToken);

        // Paused in another tab: the first tab's settings form says so.
        var (paused, _) = await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(other, "pause"), [new("pause", "1d")]);
        Assert.Equal(HttpStatusCode.SeeOther, paused.StatusCode);
        var (afterPause, afterPausePage) = await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(page, "settings"), [new("smsMaxUrgency", "5")]);
        Assert.Equal(HttpStatusCode.Conflict, afterPause.StatusCode);
        Assert.Contains($"{PageStrings.ManageChangedPaused} {TypedValues.Sentence([])}", WebUtility.HtmlDecode(afterPausePage), StringComparison.Ordinal);

        // The one-click unsubscribe of an email (RFC 8058 POST) while the page shown after that was open.
        using (var oneClick = await host.Client.PostAsync(SentLinks.OldUnsubscribe(host, confirmed.Subscriber.Id), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")])))
        {
            Assert.True(oneClick.IsSuccessStatusCode);
        }

        var (afterUnsubscribe, afterUnsubscribePage) = await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(afterPausePage, "topics"), [new("topics", "Elections")]);
        Assert.Equal(HttpStatusCode.Conflict, afterUnsubscribe.StatusCode);
        var text = WebUtility.HtmlDecode(afterUnsubscribePage);
        Assert.Contains($"{PageStrings.ManageChangedUnsubscribed} {TypedValues.Sentence([])}", text, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.ManageChangedPaused, text, StringComparison.Ordinal); // that one the page already showed
        Assert.Equal(["Syria"], (await StoredAsync(confirmed)).Topics.Select(t => t.Text));
    }

    [Fact]
    public async Task Topics_saved_in_another_tab_are_kept_when_the_first_tab_saves_or_pauses_and_a_form_without_a_version_writes_nothing()
    {
        var confirmed = await ConfirmedAsync("tabs", null);
        var first = await OpenAsync(confirmed.ManageToken);
        var second = await OpenAsync(confirmed.ManageToken);

        var (secondSaved, _) = await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(second, "topics"), [new("topics", "Ceasefire")]);
        var (firstTopics, firstPage) = await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(first, "topics"), [new("topics", "Elections")]);
        var (firstPause, _) = await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(first, "pause"), [new("pause", "1d")]);
        var unversioned = HtmlForms.WithStep(await OpenAsync(confirmed.ManageToken), "settings");
        unversioned.Hidden.Remove("version");
        var (noVersion, _) = await HtmlForms.PostAsync(host.Browser, unversioned, [new("smsMaxUrgency", "5")]);

        Assert.Equal(HttpStatusCode.SeeOther, secondSaved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, firstTopics.StatusCode);
        // Issue 16: the topics typed in the first tab stay in its form, with a notice naming the field saved differently.
        Assert.Contains($"{PageStrings.ManageChangedElsewhere} {TypedValues.Sentence([PageStrings.TopicsLabel])}", WebUtility.HtmlDecode(firstPage), StringComparison.Ordinal);
        Assert.Contains(">Elections</textarea>", firstPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, firstPause.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, noVersion.StatusCode);
        var stored = await StoredAsync(confirmed);
        Assert.Equal(["Ceasefire"], stored.Topics.Select(t => t.Text));
        Assert.Null(stored.PausedUntil);
        Assert.Equal(2, stored.SmsMaxUrgency);
    }

    [Fact]
    public async Task The_api_answers_an_etag_and_a_change_on_an_older_one_is_refused_with_412()
    {
        var confirmed = await ConfirmedAsync("api", null);
        var path = $"api/subscribers/{confirmed.Subscriber.Id}";
        using var read = await SendAsync(HttpMethod.Get, path, confirmed.ManageToken, null, null);
        var tag = read.Headers.ETag?.ToString();
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Matches("^\"[A-Za-z0-9_-]{22}\"$", tag);

        using var changed = await SendAsync(HttpMethod.Patch, path, confirmed.ManageToken, tag, """{"smsMaxUrgency":4}""");
        var newTag = changed.Headers.ETag?.ToString();
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, newTag);

        using var stale = await SendAsync(HttpMethod.Patch, path, confirmed.ManageToken, tag, """{"smsMaxUrgency":7}""");
        using var staleTopics = await SendAsync(HttpMethod.Put, path + "/topics", confirmed.ManageToken, tag, """{"topics":["Elections"]}""");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        Assert.Equal(newTag, stale.Headers.ETag?.ToString());
        Assert.True((await Api.BodyAsync(stale)).GetProperty("errors").TryGetProperty("If-Match", out _));
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleTopics.StatusCode);
        var stored = await StoredAsync(confirmed);
        Assert.Equal(4, stored.SmsMaxUrgency);
        Assert.Equal(["Syria"], stored.Topics.Select(t => t.Text));

        using var current = await SendAsync(HttpMethod.Put, path + "/topics", confirmed.ManageToken, newTag, """{"topics":["Elections"]}""");
        using var unconditional = await SendAsync(HttpMethod.Patch, path, confirmed.ManageToken, null, """{"smsMaxUrgency":6}""");
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unconditional.StatusCode);
        Assert.Equal(6, (await StoredAsync(confirmed)).SmsMaxUrgency);
    }

    [Fact]
    public async Task Each_write_answers_the_etag_of_the_version_it_wrote_so_writes_chain_without_a_read()
    {
        var confirmed = await ConfirmedAsync("chain", null);
        var path = $"api/subscribers/{confirmed.Subscriber.Id}";
        using var read = await SendAsync(HttpMethod.Get, path, confirmed.ManageToken, null, null);
        var first = read.Headers.ETag?.ToString();

        using var settings = await SendAsync(HttpMethod.Patch, path, confirmed.ManageToken, first, """{"smsMaxUrgency":3}""");
        var second = settings.Headers.ETag?.ToString();
        using var topics = await SendAsync(HttpMethod.Put, path + "/topics", confirmed.ManageToken, second, """{"topics":["Elections"]}""");
        var third = topics.Headers.ETag?.ToString();
        using var stale = await SendAsync(HttpMethod.Patch, path, confirmed.ManageToken, second, """{"smsMaxUrgency":8}""");

        Assert.Equal(HttpStatusCode.OK, settings.StatusCode);
        Assert.Equal(HttpStatusCode.OK, topics.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        Assert.Equal(third, stale.Headers.ETag?.ToString());
        Assert.Equal(3, new[] { first, second, third }.Distinct().Count());
        using var now = await SendAsync(HttpMethod.Get, path, confirmed.ManageToken, null, null);
        Assert.Equal(third, now.Headers.ETag?.ToString());

        // Stopping everything is a write too: its answer carries the version it wrote.
        using var stop = await SendAsync(HttpMethod.Post, path + "/stop", confirmed.ManageToken, null, null);
        using var afterStop = await SendAsync(HttpMethod.Get, path, confirmed.ManageToken, null, null);
        Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        Assert.NotNull(stop.Headers.ETag);
        Assert.Equal(afterStop.Headers.ETag?.ToString(), stop.Headers.ETag?.ToString());
        var stored = await StoredAsync(confirmed);
        Assert.Equal(3, stored.SmsMaxUrgency);
        Assert.Equal(["Elections"], stored.Topics.Select(t => t.Text));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, string? ifMatch, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await host.Client.SendAsync(request);
    }

    private async Task<Subscriber> StoredAsync(ConfirmedSignUp confirmed) =>
        (await host.Services.GetRequiredService<ISubscriberStore>().GetAsync(confirmed.Subscriber.Id, CancellationToken.None))!;

    private async Task<ConfirmedSignUp> ConfirmedAsync(string name, string? phone) =>
        await SignUps.ConfirmedAsync(host, new SubscriberRequest($"{name}-{Guid.NewGuid():N}@example.com", phone, "UTC", [("Syria", false)], 2));

    private async Task<string> OpenAsync(string token) =>
        await host.Browser.GetStringAsync(new Uri($"manage?token={Uri.EscapeDataString(token)}", UriKind.Relative));
}
