namespace NewsAlerts.Core.Tests.Pausing;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Pausing;
using NewsAlerts.Core.Tests.Dispatch;

public sealed class Paused_subscribers_get_nothing_planned_nor_sent
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Planning_leaves_a_paused_subscriber_out_of_alerts_and_digests_until_the_pause_ends()
    {
        var story = new NewsAlerts.Core.Articles.Article("urn:a", 1, "Truce extended", "Body", null, "Wire", "en", [], 1, null, Now);
        NewsAlerts.Core.Planning.SubscriberMatch Match(string id, NewsAlerts.Core.Policy.DeliveryPreferences preferences) => new(
            new NewsAlerts.Core.Subscribers.Subscriber(id, $"{id}@example.org", NewsAlerts.Core.Subscribers.ContactStatus.Confirmed, "+447400123456", NewsAlerts.Core.Subscribers.ContactStatus.Confirmed, "UTC", [], 2,
                DateTimeOffset.UnixEpoch, Preferences: preferences, PausedUntil: Now.AddDays(1)), "truce", "why", 1);
        var immediate = NewsAlerts.Core.Policy.DeliveryPreferences.AsItHappens;
        NewsAlerts.Core.Planning.SubscriberMatch[] matches = [Match("s1", immediate), Match("s2", NewsAlerts.Core.Policy.DeliveryPreferences.Default)];

        var during = NewsAlerts.Core.Policy.PolicyPlanner.Plan(story, matches, Now, TimeSpan.FromHours(9));
        var after = NewsAlerts.Core.Policy.PolicyPlanner.Plan(story, matches, Now.AddDays(1), TimeSpan.FromHours(9));

        Assert.Empty(during.Immediate);
        Assert.Empty(during.DigestEntries);
        Assert.Empty(during.Scheduled);
        Assert.Equal(["s1"], after.Immediate.Where(b => b.Channel == Channel.Email).SelectMany(b => b.Recipients).Select(r => r.SubscriberId).Distinct());
        Assert.Equal("s2", Assert.Single(after.DigestEntries).SubscriberId);
    }

    [Fact]
    public void An_alert_queued_for_a_paused_subscriber_is_recorded_skipped_as_paused()
    {
        var paused = Samples.Subscriber("s1") with { PausedUntil = Now.AddHours(1) };

        var decision = RecipientDecisions.IfPaused(paused, Now);

        Assert.Equal(RecipientResult.Skipped, decision?.Result);
        Assert.Equal(new LedgerRecord("s1", LedgerState.Skipped, null, Pauses.PausedReason), decision?.Record);
        Assert.Null(RecipientDecisions.IfPaused(paused, Now.AddHours(1)));
    }

    [Fact]
    public async Task The_dispatcher_skips_a_paused_subscriber_and_sends_to_the_others()
    {
        var ledger = new InMemoryLedger();
        var email = new RecordingEmail();
        var subscribers = new InMemorySubscribers([Samples.Subscriber("s1") with { PausedUntil = Pauses.UntilResumed }, Samples.Subscriber("s2")]);
        var history = new InMemoryAlertHistory();
        var dispatcher = TestDispatchers.Create(ledger, email, [], new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now), subscribers: subscribers, history: history);

        await dispatcher.DispatchAsync(Samples.Batch(Channel.Email, "s1", "s2"), CancellationToken.None);

        Assert.Equal(["s2@example.com"], email.To);
        Assert.Contains(new LedgerRecord("s1", LedgerState.Skipped, null, Pauses.PausedReason, 1), ledger.Records);
        Assert.Equal(["s2"], history.Rows.Select(r => r.SubscriberId));
    }

    [Fact]
    public async Task A_withdrawal_or_correction_still_reaches_a_paused_subscriber_who_got_the_story()
    {
        var ledger = new InMemoryLedger();
        ledger.States["s1"] = LedgerState.Sent; // the story's alert went before the pause
        var articles = new NewsAlerts.Core.Tests.Feeds.InMemoryArticles();
        articles.Saved["urn:test:1"] = new NewsAlerts.Core.Articles.Article(
            "urn:test:1", 2, "Truce in Aleppo", "Talks resume.", null, "Example", "en", [], 3, null, Now, Notice: new NewsAlerts.Core.Articles.ArticleNotice(NewsAlerts.Core.Articles.NoticeKind.Withdrawn, "Not verified."));
        var email = new RecordingEmail();
        var subscribers = new InMemorySubscribers([Samples.Subscriber("s1") with { PausedUntil = Pauses.UntilResumed }]);
        var history = new InMemoryAlertHistory();
        var dispatcher = TestDispatchers.Create(ledger, email, [], new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now), articles: articles, subscribers: subscribers, history: history);
        var followUp = Samples.Batch(Channel.Email, "s1") with
        {
            Content = Samples.Content() with { Notice = new NewsAlerts.Core.Articles.ArticleNotice(NewsAlerts.Core.Articles.NoticeKind.Withdrawn, "Not verified.") },
        };

        var outcome = await dispatcher.DispatchAsync(followUp, CancellationToken.None);

        Assert.Equal(1, outcome.Sent);
        Assert.Equal(["s1@example.com"], email.To);
        Assert.Equal(LedgerState.Sent, Assert.Single(ledger.Records).State);
        Assert.Equal(NewsAlerts.Core.History.ReceivedKind.FollowUp, Assert.Single(history.Rows).Kind);
    }

    private sealed class RecordingEmail : IEmailSender
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> To { get; } = new();

        public Task<SendOutcome> SendAsync(EmailAlertRequest request, CancellationToken cancellationToken)
        {
            To.Enqueue(request.ToAddress);
            return Task.FromResult(SendOutcome.Sent("m1"));
        }
    }
}
