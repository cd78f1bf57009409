namespace NewsAlerts.Core.Tests.Feeds.WebSub;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Feeds.WebSub;
using NewsAlerts.Core.Tests.Feeds;

/// <summary>
/// Pausing or removing a feed sends <c>hub.mode=unsubscribe</c> with the callback and topic the hub knows; the row stays
/// until the hub verifies that intent (with our callback's state), is asked again while the lease runs, and goes once
/// it lapsed; a resumed feed subscribes afresh.
/// </summary>
public sealed class Paused_and_removed_feeds_are_unsubscribed_once_the_hub_verifies
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly Uri Hub = new("https://hub.example.com/");
    private static readonly Uri Topic = new("https://news.example.com/feed.xml");
    private static readonly Uri Callback = new("https://alerts.example.com/api/websub/f1?state=st-1");
    private readonly FakeTimeProvider time = new(Now);
    private readonly InMemoryWebSubStore store = new();
    private readonly InMemoryFeedStore feeds = new();
    private readonly RecordingHub hub = new();

    private static WebSubSubscription Verified() =>
        new("f1", Hub, Topic, Callback, "s3cret", Now.AddDays(-1), false, Now.AddDays(9), 864_000, null, null, "st-1");

    private WebSubSubscriptions Subscriptions(RecordingHub? answering = null) =>
        new(store, answering ?? hub, new Uri("https://alerts.example.com/"), 3600, time, feeds: feeds);

    private static WebSubVerification Unsubscribe(string? state = "st-1", string? challenge = "c-9") =>
        new("unsubscribe", Topic.AbsoluteUri, challenge, null, null, state);

    [Fact]
    public async Task Ending_a_verified_subscription_sends_unsubscribe_with_the_same_callback_and_topic_and_keeps_the_row()
    {
        await store.SaveAsync(Verified(), CancellationToken.None);

        var ending = await Subscriptions().EndAsync("f1", CancellationToken.None);

        Assert.Equal(WebSubEnding.Unsubscribe, ending);
        var request = Assert.Single(hub.Requests);
        Assert.Equal(WebSubRequest.Unsubscribe, request.Mode);
        Assert.Equal(Callback, request.Callback);
        Assert.Equal(Topic, request.Topic);
        Assert.Equal(Hub, request.Hub);
        var kept = store.Saved["f1"];
        Assert.True(kept.Unsubscribing);
        Assert.False(kept.Pending);
        Assert.Equal(Now, kept.RequestedAt);
        Assert.Equal("s3cret", kept.Secret);
    }

    [Fact]
    public async Task The_hubs_verification_of_our_unsubscribe_is_confirmed_and_removes_the_row()
    {
        await store.SaveAsync(Verified(), CancellationToken.None);
        var subscriptions = Subscriptions();
        await subscriptions.EndAsync("f1", CancellationToken.None);

        var verdict = await subscriptions.VerifyAsync("f1", Unsubscribe(), CancellationToken.None);

        Assert.Equal(WebSubAnswer.Confirm, verdict.Answer);
        Assert.Equal("c-9", verdict.Challenge);
        Assert.False(store.Saved.ContainsKey("f1"));
    }

    [Theory]
    [InlineData("st-0", "c-9")]
    [InlineData(null, "c-9")]
    [InlineData("st-1", "")]
    [InlineData("st-1", null)]
    public async Task An_unsubscribe_verification_without_our_state_or_a_challenge_is_refused_and_the_row_kept(string? state, string? challenge)
    {
        await store.SaveAsync(Verified(), CancellationToken.None);
        var subscriptions = Subscriptions();
        await subscriptions.EndAsync("f1", CancellationToken.None);

        var verdict = await subscriptions.VerifyAsync("f1", Unsubscribe(state, challenge), CancellationToken.None);

        Assert.Equal(WebSubAnswer.Refuse, verdict.Answer);
        Assert.True(store.Saved["f1"].Unsubscribing);
    }

    [Fact]
    public async Task An_unsubscribe_we_did_not_ask_for_is_refused()
    {
        await store.SaveAsync(Verified(), CancellationToken.None);

        var verdict = await Subscriptions().VerifyAsync("f1", Unsubscribe(), CancellationToken.None);

        Assert.Equal(WebSubAnswer.Refuse, verdict.Answer);
        Assert.False(store.Saved["f1"].Unsubscribing);
    }

    [Fact]
    public async Task A_subscription_with_nothing_at_the_hub_is_removed_without_a_request()
    {
        await store.SaveAsync(Verified() with { LeaseUntil = null, LeaseSeconds = 0, LastError = "hub answered HTTP 500" }, CancellationToken.None);

        Assert.Equal(WebSubEnding.Remove, await Subscriptions().EndAsync("f1", CancellationToken.None));

        Assert.Empty(hub.Requests);
        Assert.Empty(store.Saved);
    }

    [Fact]
    public async Task A_subscription_request_still_waiting_is_unsubscribed_and_its_late_verification_refused()
    {
        await store.SaveAsync(Verified() with { Pending = true, LeaseUntil = null, LeaseSeconds = 0 }, CancellationToken.None);
        var subscriptions = Subscriptions();

        Assert.Equal(WebSubEnding.Unsubscribe, await subscriptions.EndAsync("f1", CancellationToken.None));
        var late = await subscriptions.VerifyAsync("f1", new WebSubVerification("subscribe", Topic.AbsoluteUri, "c", "3600", null, "st-1"), CancellationToken.None);

        Assert.Equal(WebSubAnswer.Refuse, late.Answer);
        Assert.Null(store.Saved["f1"].LeaseUntil);
    }

    [Fact]
    public async Task An_unverified_unsubscribe_is_asked_again_after_the_wait_while_the_lease_runs_and_the_row_removed_once_it_lapsed()
    {
        await store.SaveAsync(Verified() with { LeaseUntil = Now.AddMinutes(40) }, CancellationToken.None);
        var subscriptions = Subscriptions(new RecordingHub("hub answered HTTP 503"));
        await subscriptions.EndAsync("f1", CancellationToken.None);
        Assert.Equal("hub answered HTTP 503", store.Saved["f1"].LastError);

        Assert.Equal(0, await subscriptions.RenewDueAsync(CancellationToken.None));
        time.Advance(WebSubRules.VerificationWait);
        Assert.Equal(1, await subscriptions.RenewDueAsync(CancellationToken.None));
        Assert.True(store.Saved["f1"].Unsubscribing);

        time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(0, await subscriptions.RenewDueAsync(CancellationToken.None));
        Assert.Empty(store.Saved);
    }

    [Fact]
    public async Task A_resumed_feed_is_subscribed_afresh_and_a_poll_of_a_paused_one_is_not()
    {
        await feeds.AddAsync(new FeedRegistration("f1", Topic, TimeSpan.FromMinutes(5), 5, "en", "Example", new Dictionary<string, string>(), true, Now), FeedState.New(Topic, Now), CancellationToken.None);
        await store.SaveAsync(Verified(), CancellationToken.None);
        var subscriptions = Subscriptions();
        await subscriptions.EndAsync("f1", CancellationToken.None);
        var discovered = new WebSubDiscovery(Hub, Topic);

        Assert.Equal(WebSubAction.None, await subscriptions.EnsureAsync("f1", discovered, CancellationToken.None));
        Assert.Single(hub.Requests);

        var paused = (await feeds.GetAsync("f1", CancellationToken.None))!.Registration;
        await feeds.SaveAsync(paused with { Paused = false }, CancellationToken.None);
        Assert.Equal(WebSubAction.Subscribe, await subscriptions.EnsureAsync("f1", discovered, CancellationToken.None));

        var again = hub.Requests[^1];
        Assert.Equal(WebSubRequest.Subscribe, again.Mode);
        var fresh = store.Saved["f1"];
        Assert.False(fresh.Unsubscribing);
        Assert.True(fresh.Pending);
        Assert.NotEqual("s3cret", fresh.Secret);
        Assert.NotEqual(Callback, fresh.Callback);
    }

    [Fact]
    public async Task A_push_recorded_after_the_row_was_removed_does_not_bring_it_back()
    {
        await store.SaveAsync(Verified(), CancellationToken.None);
        var subscriptions = Subscriptions();
        await subscriptions.EndAsync("f1", CancellationToken.None);
        var before = store.Saved["f1"];
        await subscriptions.VerifyAsync("f1", Unsubscribe(), CancellationToken.None);

        await subscriptions.RecordPushAsync(before, CancellationToken.None);

        Assert.Empty(store.Saved);
    }
}
