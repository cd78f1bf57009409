namespace NewsAlerts.Core.Tests.FollowUps;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.FollowUps;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Tests.Articles;
using NewsAlerts.Core.Tests.Dispatch;
using NewsAlerts.Core.Tests.Feeds;

/// <summary>
/// A withdrawal and a feed's update of the same story can read the same stored version and save in either order. A
/// save never replaces a newer version or a withdrawal (<see cref="ArticleVersions.Replaces"/>); a withdrawal is reported
/// done, and its second look at the ledger made, only once the story reads withdrawn; and its follow-ups wait at their
/// send until it does (the same version number is not enough: an editor may withdraw the version that went out), and
/// are never sent when a newer live version overtook it.
/// </summary>
public sealed class A_withdrawal_is_done_only_once_the_story_reads_withdrawn
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(null, false, 1, false, true)]
    [InlineData(1, false, 2, false, true)]
    [InlineData(2, false, 2, false, true)] // the same version again (a retry, or a rewrite)
    [InlineData(2, false, 1, false, false)] // older
    [InlineData(2, false, 2, true, true)] // withdrawing the version that went out
    [InlineData(2, false, 3, true, true)]
    [InlineData(3, false, 2, true, false)] // a withdrawal a newer version overtook
    [InlineData(2, true, 3, false, false)] // withdrawn stays withdrawn
    [InlineData(2, true, 2, false, false)]
    [InlineData(2, true, 2, true, true)] // the same withdrawal again
    [InlineData(2, true, 3, true, false)]
    public void A_save_replaces_the_stored_version_only_by_the_same_or_a_newer_one_and_never_a_withdrawal(int? stored, bool storedWithdrawn, int incoming, bool incomingWithdrawn, bool replaces) =>
        Assert.Equal(replaces, ArticleVersions.Replaces(stored is { } v ? Version(v, storedWithdrawn) : null, Version(incoming, incomingWithdrawn)));

    [Fact]
    public async Task A_withdrawal_saved_after_a_newer_version_was_stored_is_not_done_and_its_follow_ups_are_never_sent()
    {
        var ledger = new InMemoryLedger();
        ledger.Records.Enqueue(new LedgerRecord("early", LedgerState.Sent, null, null, 1));
        var articles = new OvertakenOnSave(Version(3, withdrawn: false));
        articles.Saved["urn:test:1"] = Version(1, withdrawn: false);
        var publisher = new RecordingPublisher();
        var ingestion = TestIngestions.Create(articles, ledger, publisher, time, [Samples.Subscriber("early")]);

        var result = await ingestion.IngestAsync(Version(2, withdrawn: true), dryRun: false, CancellationToken.None);

        Assert.Equal(VersionDecision.Stale, result.Decision);
        Assert.Equal((0, 0), (result.Reach.FollowUpEmails, result.Reach.FollowUpSms));
        var stored = articles.Saved["urn:test:1"];
        Assert.Equal((3, false), (stored.Version, stored.IsWithdrawn));
        // The first plan's follow-ups were queued before the save; at their send the story reads live and newer.
        var queued = Assert.Single(publisher.Batches, b => b.Channel == Channel.Email);
        var decision = FollowUpDecisions.BeforeSend("early", queued.Content, stored, new LedgerEntry("early", Channel.Email, LedgerState.Sent, null, null, 1), inSentDigest: false);
        Assert.Equal((RecipientResult.Skipped, FollowUpDecisions.NotWithdrawnReason), (decision!.Result, decision.Record!.Reason));
    }

    [Fact]
    public async Task A_withdrawal_is_done_when_the_story_reads_withdrawn_and_a_late_update_does_not_undo_it()
    {
        var ledger = new InMemoryLedger();
        ledger.Records.Enqueue(new LedgerRecord("early", LedgerState.Sent, null, null, 1));
        var articles = new InMemoryArticles();
        articles.Saved["urn:test:1"] = Version(1, withdrawn: false);
        var ingestion = TestIngestions.Create(articles, ledger, new RecordingPublisher(), time, [Samples.Subscriber("early")]);

        var result = await ingestion.IngestAsync(Version(1, withdrawn: true), dryRun: false, CancellationToken.None);
        // A feed's update that read version 1 before the withdrawal was stored is saved after it.
        await articles.SaveAsync(Version(2, withdrawn: false), CancellationToken.None);

        Assert.Equal(VersionDecision.Withdrawal, result.Decision);
        Assert.Equal((1, true), (articles.Saved["urn:test:1"].Version, articles.Saved["urn:test:1"].IsWithdrawn));
    }

    [Fact]
    public void A_withdrawal_of_the_version_that_went_out_waits_at_its_send_until_the_story_reads_withdrawn()
    {
        var followUp = Samples.Content() with { ArticleVersion = "2", Notice = new ArticleNotice(NoticeKind.Withdrawn, "Not verified.") };
        var sent = new LedgerEntry("s1", Channel.Email, LedgerState.Sent, null, null, 2);

        var before = FollowUpDecisions.BeforeSend("s1", followUp, Version(2, withdrawn: false), sent, inSentDigest: false);
        var after = FollowUpDecisions.BeforeSend("s1", followUp, Version(2, withdrawn: true), sent, inSentDigest: false);

        Assert.Equal((RecipientResult.Retrying, FollowUpDecisions.NotStoredYetReason), (before!.Result, before.Record!.Reason));
        Assert.Null(after);
    }

    private static Article Version(int version, bool withdrawn) =>
        new("urn:test:1", version, "Truce in Aleppo", "Talks resume.", null, "Example", "en", [], 3, null, DateTimeOffset.UnixEpoch, null,
            withdrawn ? new ArticleNotice(NoticeKind.Withdrawn, "Not verified.") : null);

    // A feed's newer version is stored between the withdrawal's read of the story and its save.
    private sealed class OvertakenOnSave(Article newer) : IArticleStore
    {
        private readonly InMemoryArticles inner = new();

        public System.Collections.Concurrent.ConcurrentDictionary<string, Article> Saved => inner.Saved;

        public Task<Article?> GetAsync(string articleId, CancellationToken cancellationToken) => inner.GetAsync(articleId, cancellationToken);

        public Task<ArticleLink?> FindLinkAsync(string shortCode, CancellationToken cancellationToken) => inner.FindLinkAsync(shortCode, cancellationToken);

        public async Task SaveAsync(Article article, CancellationToken cancellationToken)
        {
            if (article.IsWithdrawn)
            {
                await inner.SaveAsync(newer, cancellationToken);
            }

            await inner.SaveAsync(article, cancellationToken);
        }
    }
}
