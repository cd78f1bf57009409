namespace NewsAlerts.Cli.Tests.Dev;

using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Dev;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Feeds.WebSub;
using NewsAlerts.Core.Ports;
using NewsAlerts.Testing;

/// <summary>
/// Trial r38 #3: the demo feed kept an "active" WebSub subscription from an earlier <c>dev</c> whose hub (in the feed
/// server that run started) was gone, so it was polled hourly and the third run's demo timed out. When <c>dev</c> starts
/// the feed server, subscriptions at its hub are removed and their feeds made due now (against Azurite).
/// </summary>
public sealed class Subscriptions_at_a_restarted_local_hub_are_asked_again
{
    private static readonly Uri FeedServer = new("http://127.0.0.1:5095/");

    [Theory]
    [InlineData("http://127.0.0.1:5095/_hub", true, true)]
    [InlineData("http://127.0.0.1:5095/_hub", false, false)] // a feed server reused: its hub still has them
    [InlineData("http://127.0.0.1:5096/_hub", true, false)] // another server's hub
    [InlineData("https://hub.example.com/", true, false)]
    public void Only_subscriptions_at_the_hub_of_a_feed_server_started_now_are_reset(string hub, bool startedNow, bool reset) =>
        Assert.Equal(reset, RestartedHubSubscriptions.Of([Subscription("f1", new Uri(hub))], FeedServer, startedNow).Contains("f1"));

    [Fact]
    public async Task The_subscription_is_removed_and_the_feed_is_due_now()
    {
        await using var host = await TestFunctionHost.StartAsync(await SharedStack.GetAsync());
        var feeds = host.Services.GetRequiredService<IFeedStore>();
        var webSub = host.Services.GetRequiredService<IWebSubStore>();
        var now = DateTimeOffset.UtcNow;
        var url = new Uri(FeedServer, $"demo/{Guid.NewGuid():N}.xml");
        var id = NewsAlerts.Core.Identity.SortableId.New(now);
        var registration = new FeedRegistration(id, url, TimeSpan.FromMinutes(1), 2, "en", "Demo Newsroom", new Dictionary<string, string>(), false, now);
        Assert.Null(await feeds.AddAsync(registration, FeedState.New(url, now) with { Health = FeedHealth.New(now.AddHours(1)), Primed = true }, CancellationToken.None));
        await webSub.SaveAsync(Subscription(id, new Uri(FeedServer, "_hub")) with { Topic = url }, CancellationToken.None);
        Assert.DoesNotContain(await feeds.DueAsync(now.AddMinutes(1), 1000, CancellationToken.None), d => d.Registration.Id == id);

        var reset = await RestartedHubSubscriptions.ResetAsync(webSub, feeds, FeedServer, startedNow: true, TimeProvider.System, CancellationToken.None);

        Assert.Contains(new RestartedHubFeed(id, Polled: true), reset);
        Assert.Null(await webSub.GetAsync(id, CancellationToken.None));
        Assert.Contains(await feeds.DueAsync(DateTimeOffset.UtcNow.AddSeconds(1), 1000, CancellationToken.None), d => d.Registration.Id == id);
    }

    // Trial s45 #15: a restart put a feed that had answered 410 back into polling (goneSince null, subscribed again) with
    // no editor resuming it. A gone or paused feed loses its dead subscription and stays as it is.
    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public async Task A_gone_or_paused_feed_stays_unpolled_until_an_editor_resumes_it(bool gone, bool paused)
    {
        await using var host = await TestFunctionHost.StartAsync(await SharedStack.GetAsync());
        var feeds = host.Services.GetRequiredService<IFeedStore>();
        var webSub = host.Services.GetRequiredService<IWebSubStore>();
        var now = DateTimeOffset.UtcNow;
        var url = new Uri(FeedServer, $"demo/{Guid.NewGuid():N}.xml");
        var id = NewsAlerts.Core.Identity.SortableId.New(now);
        var registration = new FeedRegistration(id, url, TimeSpan.FromMinutes(1), 2, "en", "Demo Newsroom", new Dictionary<string, string>(), paused, now);
        var health = gone
            ? FeedHealth.New(FeedHealth.NotPolled) with { GoneSince = now.AddMinutes(-30), LastError = "HTTP 410 (gone: not polled again until an editor resumes the feed)" }
            : FeedHealth.New(now.AddHours(1));
        Assert.Null(await feeds.AddAsync(registration, FeedState.New(url, now) with { Health = health, Primed = true }, CancellationToken.None));
        await webSub.SaveAsync(Subscription(id, new Uri(FeedServer, "_hub")) with { Topic = url }, CancellationToken.None);

        var reset = await RestartedHubSubscriptions.ResetAsync(webSub, feeds, FeedServer, startedNow: true, TimeProvider.System, CancellationToken.None);

        Assert.Contains(new RestartedHubFeed(id, Polled: false), reset);
        Assert.Null(await webSub.GetAsync(id, CancellationToken.None));
        var after = await feeds.GetAsync(id, CancellationToken.None);
        Assert.NotNull(after);
        Assert.Equal(health.NextPoll, after.State.Health.NextPoll);
        Assert.Equal(health.GoneSince, after.State.Health.GoneSince);
        Assert.Equal(paused, after.Registration.Paused);
        Assert.DoesNotContain(await feeds.DueAsync(DateTimeOffset.UtcNow.AddHours(2), 1000, CancellationToken.None), d => d.Registration.Id == id);
    }

    private static WebSubSubscription Subscription(string feedId, Uri hub) =>
        new(feedId, hub, new Uri(FeedServer, "demo/newsroom.xml"), new Uri($"http://127.0.0.1:7071/api/websub/{feedId}?state=s"), "secret",
            DateTimeOffset.UtcNow.AddHours(-3), false, DateTimeOffset.UtcNow.AddDays(9), 864_000, null, LastPushAt: DateTimeOffset.UtcNow.AddHours(-3), State: "s");
}
