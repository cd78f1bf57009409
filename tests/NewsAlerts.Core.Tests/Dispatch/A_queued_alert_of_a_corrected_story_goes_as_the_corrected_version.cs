namespace NewsAlerts.Core.Tests.Dispatch;

using System.Collections.Concurrent;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.FollowUps;
using NewsAlerts.Core.Tests.Feeds;

/// <summary>
/// Issue 17: a correction published while an alert was still queued: the alert went out later with the uncorrected text
/// and got no correction follow-up (the correction followed up only what the ledger showed sent), so that reader kept the
/// wrong facts. The dispatcher now sends a queued alert as the story's current version and records that version; a
/// correction follows up only alerts sent as an older version, once per reader.
/// </summary>
public sealed class A_queued_alert_of_a_corrected_story_goes_as_the_corrected_version
{
    private static readonly string[] Ids = ["s1", "s2"];

    [Fact]
    public void A_newer_version_gives_its_text_and_version_and_keeps_what_the_alert_is()
    {
        var planned = Samples.Content(urgency: 3);
        foreach (var version in new[] { 2, 3, 7 })
        {
            var sent = QueuedAlertContent.Of(planned, Stored(version, Corrected()));

            Assert.Equal(
                ($"{version}", $"Truce in Aleppo, v{version}", $"Correction: The talks resume on Monday, not Sunday. Talks resume on day {version}."),
                (sent.ArticleVersion, sent.Headline, sent.Summary));
            Assert.Equal((planned.ArticleId, planned.Urgency, planned.PublishedAt, (ArticleNotice?)null), (sent.ArticleId, sent.Urgency, sent.PublishedAt, sent.Notice));
        }

        // A minor update (no notice) is sent as its text too: the reader gets the story as it stands.
        Assert.Equal(("2", "Talks resume on day 2."), (QueuedAlertContent.Of(planned, Stored(2, null)).ArticleVersion, QueuedAlertContent.Of(planned, Stored(2, null)).Summary));
    }

    [Fact]
    public void The_planned_text_stays_when_the_story_is_not_newer_withdrawn_missing_another_or_the_batch_is_a_follow_up()
    {
        var planned = Samples.Content() with { ArticleVersion = "2" };
        var followUp = planned with { Notice = Corrected() };

        Assert.Same(planned, QueuedAlertContent.Of(planned, Stored(2, null)));
        Assert.Same(planned, QueuedAlertContent.Of(planned, Stored(1, null)));
        Assert.Same(planned, QueuedAlertContent.Of(planned, Stored(3, new ArticleNotice(NoticeKind.Withdrawn, "Not verified."))));
        Assert.Same(planned, QueuedAlertContent.Of(planned, null));
        Assert.Same(planned, QueuedAlertContent.Of(planned, Stored(3, null) with { Id = "urn:test:other" }));
        Assert.Same(followUp, QueuedAlertContent.Of(followUp, Stored(3, Corrected())));
    }

    [Fact]
    public async Task The_dispatcher_sends_the_corrected_text_and_records_the_version_it_sent()
    {
        foreach (var version in new[] { 2, 3 })
        {
            var ledger = new InMemoryLedger();
            var email = new RecordingEmail();
            var articles = new InMemoryArticles();
            articles.Saved["urn:test:1"] = Stored(version, Corrected());

            var outcome = await TestDispatchers.Create(ledger, email, Ids, articles: articles).DispatchAsync(Samples.Batch(Channel.Email, Ids), CancellationToken.None);

            Assert.Equal(2, outcome.Sent);
            Assert.All(email.Sent, c => Assert.Equal(($"{version}", $"Truce in Aleppo, v{version}"), (c.ArticleVersion, c.Headline)));
            Assert.All(ledger.Records.Where(r => r.State == LedgerState.Sent), r => Assert.Equal(version, r.Version));
        }
    }

    [Fact]
    public async Task A_story_unchanged_since_the_plan_is_sent_and_recorded_as_planned()
    {
        var ledger = new InMemoryLedger();
        var email = new RecordingEmail();
        var articles = new InMemoryArticles();
        articles.Saved["urn:test:1"] = Stored(1, null);

        await TestDispatchers.Create(ledger, email, Ids, articles: articles).DispatchAsync(Samples.Batch(Channel.Email, Ids), CancellationToken.None);

        Assert.All(email.Sent, c => Assert.Equal(Samples.Content(), c));
        Assert.Equal([1, 1], ledger.Records.Where(r => r.State == LedgerState.Sent).Select(r => r.Version));
    }

    [Fact]
    public void A_correction_follows_up_only_alerts_sent_as_an_older_version()
    {
        var rows = new[]
        {
            Row("old", LedgerState.Sent, 1),
            Row("delivered-old", LedgerState.Delivered, 1),
            Row("unversioned", LedgerState.Sent, null),
            Row("corrected", LedgerState.Sent, 2),
            Row("later", LedgerState.Delivered, 3),
            Row("queued", LedgerState.Retrying, null),
        };

        var plan = Plan(Stored(2, Corrected()), rows);

        Assert.Equal(["delivered-old", "old", "unversioned"], plan.Recipients.Select(r => r.SubscriberId));
    }

    [Fact]
    public void Corrected_twice_while_queued_each_correction_follows_up_what_went_before_it_once()
    {
        // The alert went as version 2 (the first correction) before the second correction (version 3) was stored.
        var rows = new[] { Row("sent-as-1", LedgerState.Sent, 1), Row("sent-as-2", LedgerState.Sent, 2), Row("sent-as-3", LedgerState.Sent, 3) };

        Assert.Equal(["sent-as-1"], Plan(Stored(2, Corrected()), rows).Recipients.Select(r => r.SubscriberId));
        Assert.Equal(["sent-as-1", "sent-as-2"], Plan(Stored(3, Corrected()), rows).Recipients.Select(r => r.SubscriberId));
    }

    [Fact]
    public void The_second_look_follows_up_a_claim_and_an_old_send_the_first_missed_never_a_corrected_send_nor_twice()
    {
        var correction = Stored(2, Corrected());
        var first = Plan(correction, [Row("early", LedgerState.Sent, 1), Row("sending", LedgerState.Claimed, null)]);
        var after = new[]
        {
            Row("early", LedgerState.Sent, 1), Row("sending", LedgerState.Sent, 1), Row("claimed", LedgerState.Claimed, null), Row("went-corrected", LedgerState.Sent, 2),
        };

        var second = FollowUpPlanner.Plan(correction, after, [], (id, _) => $"{id}@example.org", (_, _) => false, earlier: first);

        Assert.Equal(["early"], first.Recipients.Select(r => r.SubscriberId));
        Assert.Equal(["claimed", "sending"], second.Recipients.Select(r => r.SubscriberId));
    }

    private static FollowUpPlan Plan(Article article, LedgerEntry[] rows) =>
        FollowUpPlanner.Plan(article, rows, [], (id, _) => $"{id}@example.org", (_, _) => false);

    private static LedgerEntry Row(string id, LedgerState state, int? version) => new(id, Channel.Email, state, null, null, version);

    private static ArticleNotice Corrected() => new(NoticeKind.Corrected, "The talks resume on Monday, not Sunday.");

    private static Article Stored(int version, ArticleNotice? notice) =>
        new("urn:test:1", version, $"Truce in Aleppo, v{version}", $"Talks resume on day {version}.", null, "Example", "en", [], 3,
            new Uri("https://example.com/a"), DateTimeOffset.UnixEpoch, null, notice);

    private sealed class RecordingEmail : IEmailSender
    {
        public ConcurrentQueue<AlertContent> Sent { get; } = new();

        public Task<SendOutcome> SendAsync(EmailAlertRequest request, CancellationToken cancellationToken)
        {
            Sent.Enqueue(request.Content);
            return Task.FromResult(SendOutcome.Sent($"<{request.SubscriberId}@example.com>"));
        }
    }
}
