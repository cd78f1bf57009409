namespace NewsAlerts.Integration.Tests.Feeds;

using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Azure.Subscribers;
using NewsAlerts.Cli.LocalHost;
using NewsAlerts.Core.Feeds.WebSub;
using NewsAlerts.Core.Ports;
using NewsAlerts.Testing;

/// <summary>
/// WebSub through the local host and the local feed server acting as the hub: a registration (hub in the headers or only
/// in the body) or a poll finds the hub and subscribes,
/// the hub verifies the intent against our callback, a published item is pushed (signed) and alerts before any poll,
/// a push that is a fresh instance's first request still alerts (the subscribers are loaded first), a push with a bad or
/// missing signature is refused and alerts nobody, a lease is renewed before it lapses, and pausing or removing a feed
/// unsubscribes it at the hub (kept until the hub verified that intent), and resuming subscribes it again.
/// </summary>
[Collection("queues")]
public sealed class Feeds_are_pushed_by_websub(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private readonly string subscriberId = $"websub-{Guid.NewGuid():N}";
    private FeedStand stand = null!;

    public async Task InitializeAsync()
    {
        stand = await FeedStand.StartAsync(fixture.Stack, webSub: true);
        await stand.FollowAsync(subscriberId, "websub@example.com", "armistice");
    }

    public async Task DisposeAsync() => await stand.DisposeAsync();

    [Fact]
    public async Task A_feed_naming_a_hub_is_subscribed_the_hub_verifies_our_intent_and_polling_slows_to_the_fallback_once_the_hub_pushed()
    {
        var (id, path, feed) = await SubscribedFeedAsync("verified");

        var stored = (await stand.WebSubSubscriptions.GetAsync(id, CancellationToken.None))!;
        var atHub = Assert.Single(stand.Server.Hub.Subscriptions, s => s.Topic == stand.Server.UrlOf(path));
        Assert.Matches("^[0-9a-f]{32}$", stored.State);
        Assert.Equal(new Uri(stand.Host.Client.BaseAddress!, $"api/websub/{id}?state={stored.State}"), atHub.Callback);
        Assert.Equal(stored.Secret, atHub.Secret);
        Assert.Equal(64, stored.Secret.Length);
        Assert.Equal(stand.Server.HubUrl, stored.Hub);
        Assert.Equal(864_000, stored.LeaseSeconds);
        Assert.Equal(["subscribe", "verified"], HubEvents(path).Select(e => e.Kind));

        // A verified lease alone (which a forger could fake) leaves the feed at its own interval.
        await stand.PollWhenDueAsync(id);
        var health = (await stand.GetAsync(id)).GetProperty("health");
        Assert.Equal(
            TimeSpan.FromMinutes(5),
            health.GetProperty("nextPoll").GetDateTimeOffset() - health.GetProperty("lastSuccess").GetDateTimeOffset());

        // Once the hub pushed a signed body, polling slows to the hourly fallback.
        stand.Server.Publish(path, feed.With(Item(path, "pushed", "Armistice holds", "The armistice holds.")).ToXml());
        await Eventually.TrueAsync(async () => (await stand.WebSubSubscriptions.GetAsync(id, CancellationToken.None))?.LastPushAt is not null, "the signed push is recorded");
        await stand.PollWhenDueAsync(id);
        var view = await stand.GetAsync(id);
        health = view.GetProperty("health");
        var webSub = view.GetProperty("webSub");
        Assert.Equal(stand.Server.HubUrl.AbsoluteUri, webSub.GetProperty("hub").GetString());
        Assert.Equal("active", webSub.GetProperty("state").GetString());
        Assert.Equal(stored.LeaseUntil, webSub.GetProperty("leaseUntil").GetDateTimeOffset());
        Assert.NotEqual(JsonValueKind.Null, webSub.GetProperty("lastPushAt").ValueKind);
        Assert.DoesNotContain(stored.Secret, view.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(stored.State!, view.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(
            TimeSpan.FromHours(1),
            health.GetProperty("nextPoll").GetDateTimeOffset() - health.GetProperty("lastSuccess").GetDateTimeOffset());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_feed_naming_its_hub_in_its_body_or_its_headers_is_subscribed_at_registration_before_any_poll(bool inHeaders)
    {
        // Only in the body (<atom:link rel="hub">), or in the Link headers too: either way the registration's read names
        // the hub, and the polls after it are 304s without a body, so waiting for a poll left a body-only feed unsubscribed.
        stand.Server.NamesHub = inHeaders;
        var path = $"registered-hub-{inHeaders}-{Guid.NewGuid():N}.xml";
        var item = Item(path, "old", "Armistice talks from the archive", "An older armistice story.");
        stand.Server.Publish(path, BodyHubFeed(path, item));

        var id = await stand.AddFeedAsync(path);

        await stand.WaitUntilHubVerifiedAsync(id, path);
        Assert.Empty(stand.RequestsFor(path));
        Assert.Equal(["subscribe", "verified"], HubEvents(path).Select(e => e.Kind));
        Assert.Equal(stand.Server.HubUrl, (await stand.WebSubSubscriptions.GetAsync(id, CancellationToken.None))!.Hub);

        // The first poll is a 304 and asks the hub nothing more.
        await stand.PollWhenDueAsync(id);
        Assert.Equal(304, Assert.Single(stand.RequestsFor(path)).Status);
        Assert.Equal(["subscribe", "verified"], HubEvents(path).Select(e => e.Kind));
    }

    [Fact]
    public async Task A_hub_that_does_not_answer_fails_no_registration_and_a_later_poll_subscribes_the_feed()
    {
        // The poll's hub requests may take 300 s here; the registration's subscription has its own 2 s. Without that
        // bound the registration would wait out the test client's timeout and fail.
        await using var slow = await FeedStand.StartAsync(
            fixture.Stack, webSub: true, new Dictionary<string, string?> { ["Feeds:RequestTimeoutSeconds"] = "300", ["Feeds:RegistrationTimeoutSeconds"] = "2" });
        var path = $"silent-hub-{Guid.NewGuid():N}.xml";
        slow.Server.Publish(path, new RssFeed("Hub silent", [Item(path, "old", "Armistice talks from the archive", "An older armistice story.")]).ToXml());
        slow.Server.Hub.Answers = false;
        string id;
        try
        {
            id = await slow.AddFeedAsync(path);
            Assert.False((await slow.WebSubSubscriptions.GetAsync(id, CancellationToken.None))?.IsActive(slow.Time.GetUtcNow()) == true);
            Assert.DoesNotContain(slow.Server.Hub.Subscriptions, s => s.Topic == slow.Server.UrlOf(path));
        }
        finally
        {
            slow.Server.Hub.Answers = true;
        }

        // The request that went unanswered is asked again once the verification wait has passed, by the poll then.
        slow.Time.Offset += WebSubRules.VerificationWait;
        await slow.PollWhenDueAsync(id);
        await slow.WaitUntilHubVerifiedAsync(id, path);
        Assert.Equal(0, (await slow.GetAsync(id)).GetProperty("health").GetProperty("consecutiveFailures").GetInt32());
    }

    [Fact]
    public async Task A_published_item_reaches_the_subscriber_by_push_before_the_next_poll()
    {
        var (_, path, feed) = await SubscribedFeedAsync("pushed");
        var polled = stand.RequestsFor(path).Count;
        var fresh = Item(path, "fresh", "Armistice signed at noon", "The armistice was signed at noon.");

        stand.Server.Publish(path, feed.With(fresh).ToXml());

        var batches = new List<JsonElement>();
        await Eventually.TrueAsync(
            async () =>
            {
                batches.AddRange(await stand.DrainEmailAlertsAsync([fresh.Guid]));
                return batches.Count > 0;
            },
            "the pushed item's alert is queued");
        var batch = Assert.Single(batches);
        Assert.Equal(subscriberId, Assert.Single(batch.GetProperty("recipients").EnumerateArray()).GetProperty("subscriberId").GetString());
        Assert.Equal(polled, stand.RequestsFor(path).Count);
        // The hub logs the push when our answer reaches it, which may be just after the alert was queued.
        await Eventually.TrueAsync(() => Task.FromResult(HubEvents(path).Any(e => e.Kind == "push" && e.Status == 204)), "the hub saw the push taken");
    }

    [Fact]
    public async Task A_push_that_is_a_fresh_instances_first_request_alerts_the_subscriber()
    {
        var (id, path, feed) = await SubscribedFeedAsync("fresh-instance");
        var secret = (await stand.WebSubSubscriptions.GetAsync(id, CancellationToken.None))!.Secret;
        // Another instance on the same tables, whose background subscriber load never runs: the push wins that race.
        await using var fresh = await TestFunctionHost.StartAsync(
            fixture.Stack,
            configureServices: services =>
            {
                services.Remove(services.Single(d => d.ImplementationType == typeof(TimerFunctionScheduler)));
                services.Remove(services.Single(d => d.ImplementationType == typeof(SubscriberSyncRefresher)));
            },
            overrides: new Dictionary<string, string?> { ["Storage:TablePrefix"] = stand.Host.TablePrefix, ["Feeds:AllowLoopback"] = "true" });
        var item = Item(path, "first", "Armistice holds on day one", "The armistice held through its first day.");
        var body = Encoding.UTF8.GetBytes(feed.With(item).ToXml());

        using var pushed = await stand.PushAsync(id, body, WebSubSignature.Sign("sha256", body, secret), client: fresh.Client);

        Assert.Equal(HttpStatusCode.NoContent, pushed.StatusCode);
        var batches = new List<JsonElement>();
        await Eventually.TrueAsync(
            async () =>
            {
                batches.AddRange(await stand.DrainEmailAlertsAsync([item.Guid]));
                return batches.Count > 0;
            },
            "the pushed item's alert is queued");
        Assert.Equal(subscriberId, Assert.Single(Assert.Single(batches).GetProperty("recipients").EnumerateArray()).GetProperty("subscriberId").GetString());
    }

    [Fact]
    public async Task A_push_with_a_bad_or_missing_signature_is_refused_and_alerts_nobody()
    {
        var (id, path, feed) = await SubscribedFeedAsync("forged");
        var forged = Item(path, "forged", "Armistice collapses", "A forged report that the armistice collapsed.");
        var body = Encoding.UTF8.GetBytes(feed.With(forged).ToXml());
        var secret = (await stand.WebSubSubscriptions.GetAsync(id, CancellationToken.None))!.Secret;

        using var wrongSecret = await stand.PushAsync(id, body, WebSubSignature.Sign("sha256", body, "not-the-secret"));
        using var unsigned = await stand.PushAsync(id, body, signature: null);
        using var otherBody = await stand.PushAsync(id, body, WebSubSignature.Sign("sha256", "<rss/>"u8, secret));

        foreach (var refused in new[] { wrongSecret, unsigned, otherBody })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("X-Hub-Signature", (await Api.BodyAsync(refused)).GetProperty("errors").ToString(), StringComparison.Ordinal);
        }

        Assert.Empty(await stand.DrainEmailAlertsAsync([forged.Guid]));
        Assert.Null(await Articles.GetAsync(forged.Guid, CancellationToken.None));

        // The same body signed with the subscription's secret is taken: the refusals above were the signature's.
        using var signed = await stand.PushAsync(id, body, WebSubSignature.Sign("sha1", body, secret));
        Assert.Equal(HttpStatusCode.NoContent, signed.StatusCode);
        Assert.Single(await stand.DrainEmailAlertsAsync([forged.Guid]));
    }

    [Fact]
    public async Task A_lease_is_renewed_from_the_poll_timer_before_it_lapses()
    {
        stand.Server.Hub.MaxLeaseSeconds = 3600;
        var (id, path, _) = await SubscribedFeedAsync("renewed");
        var first = (await stand.WebSubSubscriptions.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(3600, first.LeaseSeconds);

        await stand.PollAsync();
        Assert.Single(HubEvents(path), e => e.Kind == "subscribe");

        // Five minutes before the lapse: inside the renewal margin (10 minutes for a 1-hour lease), not yet lapsed.
        stand.Time.Offset += first.LeaseUntil!.Value - stand.Time.GetUtcNow() - TimeSpan.FromMinutes(5);
        await stand.PollAsync();

        await Eventually.TrueAsync(
            async () => (await stand.WebSubSubscriptions.GetAsync(id, CancellationToken.None))!.LeaseUntil > first.LeaseUntil
                && HubEvents(path).Count(e => e.Kind == "verified") == 2,
            "the renewed lease is verified");
        var renewed = (await stand.WebSubSubscriptions.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(2, HubEvents(path).Count(e => e.Kind == "subscribe"));
        Assert.Equal(2, HubEvents(path).Count(e => e.Kind == "verified"));
        Assert.True(renewed.RequestedAt < first.LeaseUntil);
        Assert.Equal(first.Secret, renewed.Secret);
        Assert.False(renewed.Pending);
    }

    [Fact]
    public async Task A_verification_without_the_state_of_our_callback_is_refused_while_our_request_waits()
    {
        var (id, path, _) = await SubscribedFeedAsync("state");
        var stored = (await stand.WebSubSubscriptions.GetAsync(id, CancellationToken.None))!;
        await stand.WebSubSubscriptions.SaveAsync(stored with { Pending = true }, CancellationToken.None);
        var topic = Uri.EscapeDataString(stand.Server.UrlOf(path).AbsoluteUri);
        var verify = $"api/websub/{id}?hub.mode=subscribe&hub.topic={topic}&hub.challenge=forged&hub.lease_seconds=60";

        // Knowing the feed's id and topic is not enough: the state is in the callback only the hub was given.
        using var missing = await stand.Host.Client.GetAsync(new Uri(verify, UriKind.Relative));
        using var wrong = await stand.Host.Client.GetAsync(new Uri(verify + "&state=00000000000000000000000000000000", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.True((await stand.WebSubSubscriptions.GetAsync(id, CancellationToken.None))!.Pending);

        using var ours = await stand.Host.Client.GetAsync(new Uri(verify + "&state=" + stored.State, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, ours.StatusCode);
        Assert.Equal("forged", await ours.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_paused_feed_is_unsubscribed_once_the_hub_verifies_and_a_resumed_one_subscribes_again()
    {
        var (id, path, feed) = await SubscribedFeedAsync("paused");
        var subscribed = (await stand.WebSubSubscriptions.GetAsync(id, CancellationToken.None))!;

        using var paused = await stand.SendAsync(HttpMethod.Patch, id, new { paused = true });
        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);

        await Eventually.TrueAsync(
            async () => await stand.WebSubSubscriptions.GetAsync(id, CancellationToken.None) is null && HubEvents(path).Any(e => e.Kind == "unsubscribed"),
            "the hub verified the unsubscription and our row is gone");
        Assert.DoesNotContain(stand.Server.Hub.Subscriptions, s => s.Topic == stand.Server.UrlOf(path));
        var unsubscribe = Assert.Single(HubEvents(path), e => e.Kind == "unsubscribe");
        Assert.Equal(202, unsubscribe.Status);
        Assert.Equal(subscribed.Callback, unsubscribe.Callback);
        Assert.Equal(subscribed.Callback, Assert.Single(HubEvents(path), e => e.Kind == "unsubscribed").Callback);

        // Paused and unsubscribed: a publish pushes to nobody.
        stand.Server.Publish(path, feed.With(Item(path, "while-paused", "Armistice news while paused", "Nobody is told.")).ToXml());
        Assert.DoesNotContain(HubEvents(path), e => e.Kind == "push");

        using var resumed = await stand.SendAsync(HttpMethod.Patch, id, new { paused = false });
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        await stand.PollWhenDueAsync(id);
        await stand.WaitUntilHubVerifiedAsync(id, path); // the resumed feed is subscribed again
        var again = (await stand.WebSubSubscriptions.GetAsync(id, CancellationToken.None))!;
        Assert.NotEqual(subscribed.Secret, again.Secret);
        Assert.Equal(again.Callback, Assert.Single(stand.Server.Hub.Subscriptions, s => s.Topic == stand.Server.UrlOf(path)).Callback);
    }

    [Fact]
    public async Task A_removed_feed_is_unsubscribed_at_its_hub_and_its_subscription_removed_once_verified()
    {
        var (id, path, _) = await SubscribedFeedAsync("removed");
        var subscribed = (await stand.WebSubSubscriptions.GetAsync(id, CancellationToken.None))!;

        using var removed = await stand.SendAsync(HttpMethod.Delete, id);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);

        await Eventually.TrueAsync(
            async () => await stand.WebSubSubscriptions.GetAsync(id, CancellationToken.None) is null && HubEvents(path).Any(e => e.Kind == "unsubscribed"),
            "the hub verified the unsubscription and our row is gone");
        Assert.DoesNotContain(stand.Server.Hub.Subscriptions, s => s.Topic == stand.Server.UrlOf(path));
        Assert.Equal(subscribed.Callback, Assert.Single(HubEvents(path), e => e.Kind == "unsubscribed").Callback);
        Assert.Equal(["subscribe", "verified", "unsubscribe", "unsubscribed"], HubEvents(path).Select(e => e.Kind));
    }

    private IArticleStore Articles => stand.Host.Services.GetRequiredService<IArticleStore>();

    private IReadOnlyList<Cli.Feeds.HubEvent> HubEvents(string path) => [.. stand.Server.Hub.Events.Where(e => e.Topic == stand.Server.UrlOf(path))];

    private async Task<(string Id, string Path, RssFeed Feed)> SubscribedFeedAsync(string name)
    {
        var path = $"{name}-{Guid.NewGuid():N}.xml";
        var feed = new RssFeed($"Hub {name}", [Item(path, "old", "Armistice talks from the archive", "An older armistice story.")]);
        return (await stand.SubscribeAsync(path, feed), path, feed);
    }

    // An RSS feed naming its hub and itself only in its body (atom:link), as many blog engines write them.
    private string BodyHubFeed(string path, RssItem item) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Body hub</title><link>https://example.com/</link><language>en</language>
        <atom:link rel="hub" href="{stand.Server.HubUrl.AbsoluteUri}"/><atom:link rel="self" type="application/rss+xml" href="{stand.Server.UrlOf(path).AbsoluteUri}"/>
        {item.ToXml()}
        </channel></rss>
        """;

    private RssItem Item(string path, string key, string title, string description) =>
        new($"urn:websub:{path}:{key}", title, description, $"https://example.com/{path}/{key}", stand.Time.GetUtcNow().AddMinutes(-1));
}
