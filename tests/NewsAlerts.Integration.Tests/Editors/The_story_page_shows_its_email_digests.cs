namespace NewsAlerts.Integration.Tests.Editors;

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Testing;

/// <summary>
/// A story matched by a daily-digest subscriber and an immediate one: its page and status JSON show the digest entry
/// waiting (with the next due time), then, once the digest run has sent it, in a digest. Trial s45 #9: a reader who
/// pauses after the story went to her digest has her entry counted as not sent (paused), not as waiting.
/// </summary>
[Collection("queues")]
public sealed class The_story_page_shows_its_email_digests(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);
    private readonly ShiftedClock clock = new();
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() =>
        host = await TestFunctionHost.StartAsync(
            fixture.Stack,
            configureServices: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)), runDispatcher: true);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_digest_entry_shows_waiting_then_sent_in_its_digest()
    {
        var tag = "Zd" + Guid.NewGuid().ToString("N")[..8];
        using var request = JsonDocument.Parse($$"""
            {"email": "digest-{{tag}}@example.org", "timeZone": "UTC", "topics": ["{{tag}}"],
             "preferences": {"email": {"frequency": "daily", "at": "07:00"} } }
            """);
        var reader = (await SignUps.ConfirmedAsync(host, SubscriberRequestParser.ParseSignUp(request.RootElement, new TextablePhones(["GB"])).Value!)).Subscriber;
        using var immediate = JsonDocument.Parse($$"""
            {"email": "now-{{tag}}@example.org", "timeZone": "UTC", "topics": ["{{tag}}"], "preferences": {"email": {"frequency": "immediate"} } }
            """);
        await SignUps.ConfirmedAsync(host, SubscriberRequestParser.ParseSignUp(immediate.RootElement, new TextablePhones(["GB"])).Value!);
        var due = DigestClock.NextDue(reader.Preferences!.Email, LocalClock.Zone("UTC"), clock.GetUtcNow())!.Value;
        var id = $"urn:test:{Guid.NewGuid():N}";
        var article = JsonNode.Parse(global::NewsAlerts.Integration.Tests.Editor.SampleArticle(id))!;
        article["headline"] = $"Truce holds in {tag}";
        article["body_text"] = $"Fighting stopped in {tag}.";
        article["versioncreated"] = clock.GetUtcNow().AddMinutes(-5).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var reach = (await global::NewsAlerts.Integration.Tests.Editor.PublishAsync(host, article.ToJsonString())).GetProperty("reach");
        Assert.Equal((1, 1), (reach.GetProperty("emailAlerts").GetInt32(), reach.GetProperty("emailDigestEntries").GetInt32()));
        using var erin = Browser("Erin");
        var path = StoryKeys.PathOf(id).TrimStart('/');

        var waiting = await DigestsAsync(erin, path);
        Assert.Equal((1, 0, 0), (waiting.GetProperty("waiting").GetInt32(), waiting.GetProperty("due").GetInt32(), waiting.GetProperty("inDigest").GetInt32()));
        Assert.Equal(due, waiting.GetProperty("nextDue").GetDateTimeOffset());
        var page = await erin.GetStringAsync(new Uri(path, UriKind.Relative));
        Assert.Contains($"{ConsoleStrings.DigestNextPrefix}{due.UtcDateTime:yyyy-MM-dd HH:mm} UTC", page, StringComparison.Ordinal);
        Assert.Contains($"<td data-state=\"scheduled\" data-label=\"{ConsoleStrings.ScheduledColumn}\">1</td><td data-state=\"sent\" data-label=\"{ConsoleStrings.SentColumn}\">0</td>", DigestRow(page), StringComparison.Ordinal);

        clock.SetNow(due + DigestRun.Grace + TimeSpan.FromSeconds(1));
        await host.Services.GetRequiredService<DigestRun>().RunAsync(CancellationToken.None);
        using var later = Browser("Erin"); // the clock moved past the first session's lifetime

        await Eventually.TrueAsync(async () => (await DigestsAsync(later, path)).GetProperty("inDigest").GetInt32() == 1, "the story page counts the digest sent", Deadline);
        var sent = await DigestsAsync(later, path);
        Assert.Equal((0, 0, 0, 0), (sent.GetProperty("waiting").GetInt32(), sent.GetProperty("due").GetInt32(), sent.GetProperty("failed").GetInt32(), sent.GetProperty("deadLettered").GetInt32()));
        Assert.Contains($"<td data-state=\"scheduled\" data-label=\"{ConsoleStrings.ScheduledColumn}\">0</td><td data-state=\"sent\" data-label=\"{ConsoleStrings.SentColumn}\">1</td>", DigestRow(await later.GetStringAsync(new Uri(path, UriKind.Relative))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_readers_entry_counts_not_sent_once_she_pauses_past_her_digest()
    {
        var tag = "Zp" + Guid.NewGuid().ToString("N")[..8];
        using var request = JsonDocument.Parse($$"""
            {"email": "paused-{{tag}}@example.org", "timeZone": "UTC", "topics": ["{{tag}}"],
             "preferences": {"email": {"frequency": "daily", "at": "07:00"} } }
            """);
        var ann = await SignUps.ConfirmedAsync(host, SubscriberRequestParser.ParseSignUp(request.RootElement, new TextablePhones(["GB"])).Value!);
        var id = $"urn:test:{Guid.NewGuid():N}";
        var article = JsonNode.Parse(global::NewsAlerts.Integration.Tests.Editor.SampleArticle(id))!;
        article["headline"] = $"Road reopens in {tag}";
        article["body_text"] = $"Traffic moves again in {tag}.";
        article["versioncreated"] = clock.GetUtcNow().AddMinutes(-5).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var reach = (await global::NewsAlerts.Integration.Tests.Editor.PublishAsync(host, article.ToJsonString())).GetProperty("reach");
        Assert.Equal((1, 1), (reach.GetProperty("emailDigestEntries").GetInt32(), reach.GetProperty("emailDigestEntryParts").GetProperty("chosen").GetInt32()));
        using var erin = Browser("Erin");
        var path = StoryKeys.PathOf(id).TrimStart('/');
        Assert.Equal(1, (await DigestsAsync(erin, path)).GetProperty("waiting").GetInt32());

        // A week's pause: past her next 07:00 whatever the hour now (a day's could end within the digest's grace).
        using var pause = new HttpRequestMessage(HttpMethod.Patch, $"api/subscribers/{ann.Subscriber.Id}")
        {
            Content = new StringContent("""{"pause": "1w"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        pause.Headers.Authorization = new("Bearer", ann.ManageToken);
        using var paused = await host.Client.SendAsync(pause);
        Assert.Equal(System.Net.HttpStatusCode.OK, paused.StatusCode);

        var digests = await DigestsAsync(erin, path);
        Assert.Equal((0, 1), (digests.GetProperty("waiting").GetInt32(), digests.GetProperty("notSent").GetInt32()));
        Assert.Equal(JsonValueKind.Null, digests.GetProperty("nextDue").ValueKind);
        var page = await erin.GetStringAsync(new Uri(path, UriKind.Relative));
        Assert.Contains($"<td data-state=\"scheduled\" data-label=\"{ConsoleStrings.ScheduledColumn}\">0</td>", DigestRow(page), StringComparison.Ordinal);
        Assert.Contains($"<td data-state=\"not-sent\" data-label=\"{ConsoleStrings.NotSentColumn}\">1</td>", DigestRow(page), StringComparison.Ordinal);
        Assert.Contains($"<li>{ConsoleStrings.DigestRow} – {ConsoleStrings.StateSkipped}: paused: 1</li>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(ConsoleStrings.DigestNextPrefix, page, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> DigestsAsync(HttpClient client, string path)
    {
        using var status = JsonDocument.Parse(await client.GetStringAsync(new Uri(path + "/status", UriKind.Relative)));
        return status.RootElement.GetProperty("digests").Clone();
    }

    private static string DigestRow(string page)
    {
        var start = page.IndexOf("<tr data-digests", StringComparison.Ordinal);
        Assert.True(start >= 0, "the page has a digest row");
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private HttpClient Browser(string name) => ConsoleEditor.Browser(host, name, Deadline);
}
