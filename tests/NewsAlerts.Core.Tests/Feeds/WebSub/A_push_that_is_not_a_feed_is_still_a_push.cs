namespace NewsAlerts.Core.Tests.Feeds.WebSub;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Feeds.WebSub;
using NewsAlerts.Core.Tests.Feeds;

/// <summary>
/// Trial r34 #3: a validly signed push that is not a feed was a push. <c>LastPushAt</c> is its time and
/// <c>LastPushError</c> its reason (before, <c>LastPushAt</c> stayed null and the health read as a hub that never
/// pushed); polling slows to the fallback only while the last push was a feed.
/// </summary>
public sealed class A_push_that_is_not_a_feed_is_still_a_push
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 6, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Fallback = TimeSpan.FromHours(1);
    private static readonly TimeSpan Registered = TimeSpan.FromMinutes(5);
    private readonly FakeTimeProvider time = new(Now);
    private readonly InMemoryWebSubStore store = new();

    private static WebSubSubscription Verified() =>
        new("f1", new Uri("https://hub.example.com/"), new Uri("https://news.example.com/feed.xml"), new Uri("https://alerts.example.com/api/websub/f1"), "s3cret", Now, false, Now.AddDays(1), 86_400, null);

    private WebSubSubscriptions Subscriptions() => new(store, new RecordingHub(), new Uri("https://alerts.example.com/"), 3600, time);

    [Fact]
    public async Task A_first_push_that_is_not_a_feed_sets_the_push_time_and_its_error_and_keeps_polling_at_the_feeds_interval()
    {
        await store.SaveAsync(Verified(), CancellationToken.None);

        await Subscriptions().RecordPushErrorAsync(Verified(), "WebSub push was not a feed: an HTML page", CancellationToken.None);

        var saved = store.Saved["f1"];
        Assert.Equal(Now, saved.LastPushAt);
        Assert.Equal(Now, saved.LastPushErrorAt);
        Assert.Equal("WebSub push was not a feed: an HTML page", saved.LastPushError);
        Assert.Equal(Registered, WebSubRules.PollInterval(Registered, saved, Now, Fallback));
    }

    [Fact]
    public async Task Junk_after_a_good_push_brings_polling_back_and_a_good_push_after_junk_clears_the_error()
    {
        await store.SaveAsync(Verified(), CancellationToken.None);
        var subscriptions = Subscriptions();

        await subscriptions.RecordPushAsync(Verified(), CancellationToken.None);
        Assert.Equal(Fallback, WebSubRules.PollInterval(Registered, store.Saved["f1"], Now, Fallback));

        time.Advance(TimeSpan.FromMinutes(3));
        await subscriptions.RecordPushErrorAsync(Verified(), "WebSub push was not a feed: the body is empty", CancellationToken.None);
        Assert.Equal(Now.AddMinutes(3), store.Saved["f1"].LastPushAt);
        Assert.Equal(Registered, WebSubRules.PollInterval(Registered, store.Saved["f1"], time.GetUtcNow(), Fallback));

        time.Advance(TimeSpan.FromMinutes(3));
        await subscriptions.RecordPushAsync(Verified(), CancellationToken.None);
        Assert.Equal(Now.AddMinutes(6), store.Saved["f1"].LastPushAt);
        Assert.Null(store.Saved["f1"].LastPushError);
        Assert.Equal(Fallback, WebSubRules.PollInterval(Registered, store.Saved["f1"], time.GetUtcNow(), Fallback));
    }

    [Fact]
    public async Task Junk_checked_against_a_secret_since_replaced_or_for_a_subscription_since_gone_is_not_recorded()
    {
        await store.SaveAsync(Verified() with { Secret = "new-secret" }, CancellationToken.None);
        await Subscriptions().RecordPushErrorAsync(Verified(), "junk", CancellationToken.None);
        Assert.Null(store.Saved["f1"].LastPushAt);
        Assert.Null(store.Saved["f1"].LastPushError);

        await store.DeleteAsync("f1", CancellationToken.None);
        await Subscriptions().RecordPushErrorAsync(Verified(), "junk", CancellationToken.None);
        Assert.False(store.Saved.ContainsKey("f1"));
    }
}
