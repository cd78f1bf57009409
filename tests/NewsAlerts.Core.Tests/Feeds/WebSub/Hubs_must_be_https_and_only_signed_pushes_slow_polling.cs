namespace NewsAlerts.Core.Tests.Feeds.WebSub;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Feeds.WebSub;
using NewsAlerts.Core.Tests.Feeds;

/// <summary>WebSub hardening (issue 18 review): https hubs only, and polling slows only after a validly signed push.</summary>
public sealed class Hubs_must_be_https_and_only_signed_pushes_slow_polling
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly Uri Topic = new("https://news.example.com/feed.xml");
    private static readonly TimeSpan Fallback = TimeSpan.FromHours(1);
    private readonly FakeTimeProvider time = new(Now);
    private readonly InMemoryWebSubStore store = new();
    private readonly RecordingHub hub = new();

    private static WebSubSubscription Verified() =>
        new("f1", new Uri("https://hub.example.com/"), Topic, new Uri("https://alerts.example.com/api/websub/f1"), "s3cret", Now, false, Now.AddDays(1), 86_400, null);

    private WebSubSubscriptions Subscriptions(bool allowLoopback = false) => new(store, hub, new Uri("https://alerts.example.com/"), 3600, time, allowLoopback);

    [Theory]
    [InlineData("https://hub.example.com/", false, true)]
    [InlineData("https://127.0.0.1/hub", false, true)]
    [InlineData("http://hub.example.com/", true, false)]
    [InlineData("http://hub.example.com/", false, false)]
    [InlineData("http://127.0.0.1:5095/_hub", true, true)]
    [InlineData("http://127.0.0.1:5095/_hub", false, false)]
    [InlineData("http://localhost:5095/_hub", true, true)]
    [InlineData("http://[::1]:5095/_hub", true, true)]
    [InlineData("http://10.0.0.1/_hub", true, false)]
    [InlineData("ftp://hub.example.com/", true, false)]
    public void Only_an_https_hub_or_in_dev_an_http_loopback_hub_is_subscribed_to(string hubUrl, bool allowLoopback, bool allowed)
    {
        var refusal = WebSubRules.HubRefusal(new Uri(hubUrl), allowLoopback);

        Assert.Equal(allowed, refusal is null);
    }

    [Fact]
    public async Task A_feed_naming_an_http_hub_is_not_subscribed_and_says_why()
    {
        var action = await Subscriptions().EnsureAsync("f1", new WebSubDiscovery(new Uri("http://hub.example.com/"), Topic), CancellationToken.None);

        Assert.Equal(WebSubAction.None, action);
        Assert.Empty(hub.Requests);
        var saved = store.Saved["f1"];
        Assert.False(saved.Pending);
        Assert.Null(saved.LeaseUntil);
        Assert.Contains("not https", saved.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_http_subscription_stored_earlier_is_not_renewed()
    {
        await store.SaveAsync(Verified() with { Hub = new Uri("http://hub.example.com/"), LeaseUntil = Now.AddMinutes(5) }, CancellationToken.None);

        Assert.Equal(0, await Subscriptions().RenewDueAsync(CancellationToken.None));
        Assert.Empty(hub.Requests);
    }

    [Fact]
    public async Task The_subscription_of_a_paused_or_deleted_feed_is_not_renewed_and_a_live_feeds_is()
    {
        var feeds = new InMemoryFeedStore();
        foreach (var (id, paused) in new[] { ("live", false), ("paused", true) })
        {
            await feeds.AddAsync(new Core.Feeds.FeedRegistration(id, Topic, TimeSpan.FromMinutes(5), 5, "en", "Example", new Dictionary<string, string>(), paused, Now), Core.Feeds.FeedState.New(Topic, Now), CancellationToken.None);
        }

        foreach (var id in new[] { "live", "paused", "deleted" })
        {
            await store.SaveAsync(Verified() with { FeedId = id, RequestedAt = Now.AddDays(-1), LeaseUntil = Now.AddMinutes(5), State = "st" }, CancellationToken.None);
        }

        var sent = await new WebSubSubscriptions(store, hub, new Uri("https://alerts.example.com/"), 3600, time, feeds: feeds).RenewDueAsync(CancellationToken.None);

        Assert.Equal(1, sent);
        Assert.Equal("https://alerts.example.com/api/websub/live?state=st", Assert.Single(hub.Requests).Callback.AbsoluteUri);
    }

    [Fact]
    public void A_verified_lease_without_a_signed_push_keeps_the_feed_polled_at_its_own_interval()
    {
        Assert.Equal(TimeSpan.FromMinutes(5), WebSubRules.PollInterval(TimeSpan.FromMinutes(5), Verified(), Now, Fallback));
        Assert.Equal(Fallback, WebSubRules.PollInterval(TimeSpan.FromMinutes(5), Verified() with { LastPushAt = Now }, Now, Fallback));
    }

    [Fact]
    public async Task A_signed_push_is_recorded_and_slows_polling_and_a_move_to_another_hub_forgets_it()
    {
        var subscriptions = Subscriptions();
        await store.SaveAsync(Verified(), CancellationToken.None);

        await subscriptions.RecordPushAsync(Verified(), CancellationToken.None);
        Assert.Equal(Now, store.Saved["f1"].LastPushAt);
        Assert.Equal(Fallback, WebSubRules.PollInterval(TimeSpan.FromMinutes(5), store.Saved["f1"], Now, Fallback));

        await subscriptions.EnsureAsync("f1", new WebSubDiscovery(new Uri("https://other-hub.example.com/"), Topic), CancellationToken.None);
        Assert.Null(store.Saved["f1"].LastPushAt);
    }

    [Fact]
    public async Task A_push_checked_against_a_secret_since_replaced_is_not_recorded()
    {
        await store.SaveAsync(Verified() with { Secret = "new-secret" }, CancellationToken.None);

        await Subscriptions().RecordPushAsync(Verified(), CancellationToken.None);

        Assert.Null(store.Saved["f1"].LastPushAt);
    }
}
