namespace NewsAlerts.Cli.Dev;

using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Ports;

/// <summary>
/// Feeds in <c>dev</c>: registers a demo newsroom feed served by the local stack's feed server (<see cref="FeedServerService"/>, polled every
/// minute, urgency 2) and two feeds of the shared corpus through <c>POST /api/feeds</c>; then, once the demo feed's
/// first poll has recorded its items (no alerts: no backlog flood), publishes a new item that the next poll alerts.
/// Each run's item is new (its id and its words carry the time: trial r38 #3, a second run's item had the words of the
/// first's, so the feed's history took it for an item seen before and alerted nobody), and what the demo says afterwards
/// is read from the stores: whether the item was ingested and whom it alerted. The newsroom's path is its owner's
/// (<see cref="NewsroomPathOf"/>): two sessions on one data folder share the feed, while another host on the same feed
/// server (a test's, or dev's on other data) publishes and registers a feed of its own, never replacing this one's item.
/// </summary>
/// <param name="host">The local Function host.</param>
/// <param name="editorKey">The key the feed API takes.</param>
/// <param name="feedServer">The stack's feed server.</param>
/// <param name="log">Where the demo's lines go.</param>
/// <param name="services">The host's services: the article store and the planned alerts say what the item did.</param>
/// <param name="newsroomPath">The demo newsroom's path on the feed server (<see cref="NewsroomPathOf"/>).</param>
public sealed class FeedDemo(Uri host, string editorKey, Uri feedServer, TextWriter log, IServiceProvider services, string newsroomPath)
{

    /// <summary>Feeds of the shared corpus registered beside it.</summary>
    public static readonly IReadOnlyList<string> CorpusPaths = ["codehollow-feedreader/Rss20BreakingNews.xml", "codehollow-feedreader/AtomTheVerge.xml"];

    private static readonly TimeSpan PollWait = TimeSpan.FromMinutes(3);

    /// <summary>The demo newsroom's path on the feed server, e.g. <c>demo/newsroom.xml</c>.</summary>
    public string NewsroomPath { get; } = newsroomPath;

    /// <summary>The demo newsroom's feed URL, the key of its id in what <see cref="RegisterAsync"/> returns.</summary>
    public Uri NewsroomUrl => UrlOf(NewsroomPath);

    /// <summary>
    /// The newsroom's path for <paramref name="owner"/> (a data folder, a test host's name): <c>demo/{16 hex digits of
    /// its SHA-256}/newsroom.xml</c>, the same for the same owner, so a second session on the same data finds its feed
    /// registered already.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="owner"/> is null.</exception>
    public static string NewsroomPathOf(string owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var digest = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(owner));
        return $"demo/{Convert.ToHexStringLower(digest)[..16]}/newsroom.xml";
    }

    /// <summary>
    /// The <c>POST /api/feeds</c> bodies dev registers, each with its <c>source</c>, the publisher's name alerts show (trial
    /// r31: the corpus feeds listed <c>"source": null</c>; a null source means "the feed's own title at each poll",
    /// which for these reads "Business: BreakingNews.ie" and "The Verge -  Front Pages").
    /// </summary>
    /// <param name="urlOf">The feed server's URL of a path.</param>
    /// <param name="newsroomPath">The demo newsroom's path (<see cref="NewsroomPathOf"/>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<(string Path, object Body)> Registrations(Func<string, Uri> urlOf, string newsroomPath)
    {
        ArgumentNullException.ThrowIfNull(urlOf);
        ArgumentNullException.ThrowIfNull(newsroomPath);
        return
        [
            (newsroomPath, new { url = urlOf(newsroomPath).AbsoluteUri, pollIntervalMinutes = 1, urgency = 2, language = "en", source = "Demo Newsroom" }),
            (CorpusPaths[0], new { url = urlOf(CorpusPaths[0]).AbsoluteUri, language = "en", source = "BreakingNews.ie" }),
            (CorpusPaths[1], new { url = urlOf(CorpusPaths[1]).AbsoluteUri, language = "en", source = "The Verge" }),
        ];
    }

    /// <summary>Publishes the newsroom feed and registers it and the corpus feeds; returns the feeds' ids by URL.</summary>
    public async Task<IReadOnlyDictionary<string, string>> RegisterAsync(CancellationToken cancellationToken)
    {
        await PublishAsync(Newsroom(includeNews: false, DateTimeOffset.UtcNow), cancellationToken);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        using var http = new HttpClient { BaseAddress = host };
        foreach (var (path, body) in Registrations(UrlOf, NewsroomPath))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "api/feeds") { Content = JsonContent.Create(body) };
            request.Headers.Add("x-functions-key", editorKey);
            using var response = await http.SendAsync(request, cancellationToken);
            var answer = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            if (response.StatusCode == System.Net.HttpStatusCode.Conflict && answer.TryGetProperty("feedId", out var existing))
            {
                // Registered by an earlier dev session on the same storage: the registry keeps one feed per address. One
                // that a --no-demo run paused polls again; one an editor paused stays paused (DemoFeeds).
                ids[UrlOf(path).AbsoluteUri] = existing.GetString()!;
                var resumed = await new DemoFeeds(host, editorKey, NewsroomPath, TextWriter.Null).ResumeIfPausedAsync(existing.GetString()!, cancellationToken);
                var said = resumed switch
                {
                    DemoFeeds.Resume.Resumed => " (resumed: a --no-demo run had paused it)",
                    DemoFeeds.Resume.KeptPaused => " (paused by an editor, not by dev --no-demo: left paused; resume it with PATCH /api/feeds/<id> {\"paused\": false})",
                    _ => string.Empty,
                };
                await log.WriteLineAsync($"feed {UrlOf(path)} is registered already as {ids[UrlOf(path).AbsoluteUri]}{said}");
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new StackConfigurationException($"Registering the feed {path} failed ({(int)response.StatusCode}): {answer}");
            }

            ids[UrlOf(path).AbsoluteUri] = answer.GetProperty("id").GetString()!;
            await log.WriteLineAsync($"registered feed {UrlOf(path)} as {ids[UrlOf(path).AbsoluteUri]}");
        }

        return ids;
    }

    /// <summary>
    /// Waits for the newsroom feed's first poll, publishes a new item (a Syrian ceasefire: the demo subscribers' topics),
    /// waits until it is ingested or a poll that began after it ended (<see cref="PollsAfterPublish"/>), and says what happened (<see cref="FeedDemoReport.Line"/>).
    /// Problems are logged, never thrown: this runs beside the session.
    /// </summary>
    public async Task PublishNewsWhenPrimedAsync(string feedId, CancellationToken cancellationToken)
    {
        var health = new Uri(host, $"api/feeds/{feedId}");
        string? itemId = null;
        try
        {
            using var http = new HttpClient { BaseAddress = host };
            await Polling.UntilAsync(async () => (await HealthAsync(http, feedId, cancellationToken)).GetProperty("primed").GetBoolean(), "the demo feed's first poll", PollWait, cancellationToken);
            var published = DateTimeOffset.UtcNow;
            itemId = NewsItemId(published);
            await PublishAsync(Newsroom(includeNews: true, published), cancellationToken);
            await log.WriteLineAsync($"Feeds: the demo newsroom published '{NewsHeadline}' ({itemId}); the next poll (or the hub's push) reads it.");
            var articles = services.GetRequiredService<IArticleStore>();
            // Not "a success later than the publish": that poll may have fetched before it (review of trial r38 #3), and
            // the health's times are the host's clock. A poll that began after the publish has ended or the item is in.
            var polls = new PollsAfterPublish(EndOf(await HealthAsync(http, feedId, cancellationToken)));
            await Polling.UntilAsync(
                async () => await articles.GetAsync(itemId, cancellationToken) is not null
                    || polls.Saw(EndOf(await HealthAsync(http, feedId, cancellationToken))),
                "the poll that reads the new item", PollWait, cancellationToken);
            var ingested = await articles.GetAsync(itemId, cancellationToken) is not null;
            var planned = ingested ? await services.GetRequiredService<IPlannedAlerts>().ListAsync(itemId, cancellationToken) : null;
            await log.WriteLineAsync(FeedDemoReport.Line(
                itemId, ingested, planned?.GetValueOrDefault(Channel.Email)?.Count ?? 0, planned?.GetValueOrDefault(Channel.Sms)?.Count ?? 0, health));
        }
        catch (TimeoutException) when (itemId is not null)
        {
            await log.WriteLineAsync(FeedDemoReport.NotRead(itemId, PollWait, health));
        }
        catch (Exception exception) when (exception is TimeoutException or HttpRequestException or StackConfigurationException)
        {
            await log.WriteLineAsync($"Feeds: the feed demo stopped: {exception.Message}");
        }
        catch (OperationCanceledException)
        {
            // The session ended first.
        }
    }

    /// <summary>The headline of the item each run publishes.</summary>
    public const string NewsHeadline = "Ceasefire in Syria holds for a second night";

    /// <summary>The id (RSS <c>guid</c>, an absolute URI, so also the article id) of the item published at <paramref name="at"/>.</summary>
    public static string NewsItemId(DateTimeOffset at) => $"urn:demo:newsroom:{at.ToUnixTimeMilliseconds()}";

    /// <summary>The URL of the feed at <paramref name="path"/> on the feed server.</summary>
    public Uri UrlOf(string path) => new(feedServer, path);

    // The feed server runs in its own process: feeds are published over its control endpoint.
    private async Task PublishAsync(string body, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/rss+xml");
        using var response = await http.PutAsync(new Uri(feedServer, $"_control/feeds/{NewsroomPath}"), content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new StackConfigurationException($"Publishing {NewsroomPath} on the feed server {feedServer} failed ({(int)response.StatusCode}).");
        }
    }

    private static string EndOf(JsonElement health) =>
        PollsAfterPublish.EndOf(TimeOf(health, "lastSuccess"), TimeOf(health, "lastErrorAt"));

    private static DateTimeOffset? TimeOf(JsonElement health, string member) =>
        health.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.String ? value.GetDateTimeOffset() : null;

    private async Task<JsonElement> HealthAsync(HttpClient http, string feedId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/feeds/{feedId}");
        request.Headers.Add("x-functions-key", editorKey);
        using var response = await http.SendAsync(request, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("health");
    }

    /// <summary>
    /// The demo newsroom's RSS at <paramref name="now"/>: two archive items, and with <paramref name="includeNews"/> the news
    /// item, whose id and words carry <paramref name="now"/>, so no earlier run's item has its id, link or content hash.
    /// </summary>
    public static string Newsroom(bool includeNews, DateTimeOffset now)
    {
        var news = includeNews
            ? Item(
                NewsItemId(now), NewsHeadline,
                $"The ceasefire in northern Syria held for a second night, monitors said at {now.UtcDateTime.ToString("HH:mm:ss 'UTC on' d MMMM yyyy", CultureInfo.InvariantCulture)}.", now)
            : string.Empty;
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Demo Newsroom</title><link>https://newsroom.demo.newsalerts.local/</link><language>en</language>
            {news}
            {Item("urn:demo:newsroom:archive-1", "Talks on Syria resume in Geneva", "Delegations returned to Geneva for talks on Syria.", now.AddHours(-3))}
            {Item("urn:demo:newsroom:archive-2", "League leaders win again", "The football league leaders won their fifth match in a row.", now.AddHours(-5))}
            </channel></rss>
            """;
    }

    // No <link>: the demo newsroom is made up, and a link to it opened nothing (trial s44 #3), so its stories link their
    // short-link page on the local host (StoryLinks.Of), which shows the headline and summary. The guid is a urn
    // (isPermaLink="false"), so no reader takes it for an address either.
    private static string Item(string guid, string title, string description, DateTimeOffset published) =>
        $"<item><guid isPermaLink=\"false\">{guid}</guid><title>{title}</title><description>{description}</description>"
        + $"<pubDate>{published.ToString("R", CultureInfo.InvariantCulture)}</pubDate></item>";
}
