namespace NewsAlerts.Core.Tests.FollowUps;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.FollowUps;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Tests.Articles;
using NewsAlerts.Core.Tests.Dispatch;
using NewsAlerts.Core.Tests.Feeds;

/// <summary>
/// Issue 17: a retraction made while an alert was still on its way planned no follow-up for it, though it could still
/// be sent. The dispatcher reads the story after each group's claims; the withdrawal looks at the ledger again after it
/// is stored, and follows up every alert that look shows sent or claimed (its sender may have read the story before it
/// was withdrawn). A claim after the store is never sent (the dispatcher's read sees the withdrawal).
/// </summary>
public sealed class A_withdrawal_follows_up_what_was_claimed_before_it_was_stored
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_claim_made_while_the_withdrawal_was_planned_and_one_under_way_before_it_get_follow_ups_once()
    {
        var ledger = new InMemoryLedger();
        ledger.Records.Enqueue(new LedgerRecord("early", LedgerState.Sent, null, null));
        ledger.Records.Enqueue(new LedgerRecord("sending", LedgerState.Claimed, null, null));
        var articles = new ClaimedWhileStoring(ledger, "late");
        articles.Saved["urn:test:1"] = Version(1, null);
        var publisher = new RecordingPublisher();
        var ingestion = Ingestion(articles, ledger, publisher, Samples.Subscriber("early"), Samples.Subscriber("sending"), Samples.Subscriber("late"), Samples.Subscriber("queued"));
        var withdrawal = Version(2, new ArticleNotice(NoticeKind.Withdrawn, "Not verified."));

        var preview = await ingestion.IngestAsync(withdrawal, dryRun: true, CancellationToken.None);
        var result = await ingestion.IngestAsync(withdrawal, dryRun: false, CancellationToken.None);
        var again = await ingestion.IngestAsync(withdrawal, dryRun: false, CancellationToken.None);

        Assert.Equal((1, 1), (preview.Reach.FollowUpEmails, preview.Reach.FollowUpSms));
        Assert.Equal((3, 3), (result.Reach.FollowUpEmails, result.Reach.FollowUpSms));
        Assert.Equal(VersionDecision.Duplicate, again.Decision);
        Assert.Equal(
            ["Email:early", "Email:late", "Email:sending", "Sms:early", "Sms:late", "Sms:sending"],
            publisher.Batches.SelectMany(b => b.Recipients.Select(r => $"{b.Channel}:{r.SubscriberId}")).Order(StringComparer.Ordinal));
        Assert.All(publisher.Batches, b => Assert.Equal(NoticeKind.Withdrawn, b.Content.Notice?.Kind));
        Assert.Equal(publisher.Batches.Count, publisher.Batches.Select(b => b.MessageId).Distinct().Count());
    }

    [Fact]
    public void The_second_look_counts_claims_and_leaves_out_what_the_first_planned()
    {
        var rows = new[]
        {
            new LedgerEntry("a", Delivery.Channel.Email, LedgerState.Sent, null, null),
            new LedgerEntry("b", Delivery.Channel.Email, LedgerState.Claimed, null, null),
            new LedgerEntry("c", Delivery.Channel.Email, LedgerState.Retrying, null, null),
            new LedgerEntry("d", Delivery.Channel.Email, LedgerState.Skipped, RecipientDecisions.StoryWithdrawnReason, null),
        };
        var article = Version(2, new ArticleNotice(NoticeKind.Withdrawn, null));

        var first = FollowUpPlanner.Plan(article, rows, [], (id, _) => $"{id}@example.org", (_, _) => false);
        var second = FollowUpPlanner.Plan(article, rows, [], (id, _) => $"{id}@example.org", (_, _) => false, earlier: first);

        Assert.Equal(["a"], first.Recipients.Select(r => r.SubscriberId));
        Assert.Equal(["b"], second.Recipients.Select(r => r.SubscriberId));
    }

    private static Article Version(int version, ArticleNotice? notice) =>
        new("urn:test:1", version, "Truce in Aleppo", "Talks resume.", null, "Example", "en", [], 3, null, DateTimeOffset.UnixEpoch, null, notice);

    private ArticleIngestion Ingestion(IArticleStore articles, InMemoryLedger ledger, RecordingPublisher publisher, params NewsAlerts.Core.Subscribers.Subscriber[] subscribers) =>
        TestIngestions.Create(articles, ledger, publisher, time, subscribers);

    // A dispatcher claims an alert while the withdrawal is being stored (after its first look at the ledger).
    private sealed class ClaimedWhileStoring(InMemoryLedger ledger, string claimedId) : IArticleStore
    {
        private readonly InMemoryArticles inner = new();

        public System.Collections.Concurrent.ConcurrentDictionary<string, Article> Saved => inner.Saved;

        public Task<Article?> GetAsync(string articleId, CancellationToken cancellationToken) => inner.GetAsync(articleId, cancellationToken);

        public Task<ArticleLink?> FindLinkAsync(string shortCode, CancellationToken cancellationToken) => inner.FindLinkAsync(shortCode, cancellationToken);

        public Task SaveAsync(Article article, CancellationToken cancellationToken)
        {
            if (!ledger.Records.Any(r => r.SubscriberId == claimedId))
            {
                ledger.Records.Enqueue(new LedgerRecord(claimedId, LedgerState.Claimed, null, null));
            }

            return inner.SaveAsync(article, cancellationToken);
        }
    }
}
