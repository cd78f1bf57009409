namespace NewsAlerts.Core.Tests.FollowUps;

using System.Collections.Concurrent;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.FollowUps;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Tests.Dispatch;
using NewsAlerts.Core.Tests.Feeds;

/// <summary>
/// A story published (v1), corrected (v2, note 1) and corrected again (v3, note 2). The second correction's follow-up
/// once repeated note 1 to everyone whose alert went out as v1, including those the first correction's follow-up had
/// already told: it read only the alert row. Now each reader is told the notes since the newest version they received,
/// by the alert or by an earlier correction's follow-up (its own ledger row, <c>corrected:v2:{id}</c>).
/// </summary>
public sealed class A_second_correction_tells_only_what_is_new_to_each_reader
{
    private const string StoryId = "urn:test:1";
    private const string First = "The truce began on Monday, not Sunday.";
    private const string Second = "Talks are in Geneva, not Vienna.";

    [Theory]
    // Received the original and the first correction's follow-up: only the second note.
    [InlineData(1, LedgerState.Sent, Second)]
    [InlineData(1, LedgerState.Delivered, Second)]
    // Received only the original (the first follow-up did not reach them, or there is no row of it): every note since.
    [InlineData(1, LedgerState.Failed, First + " " + Second)]
    [InlineData(1, LedgerState.Skipped, First + " " + Second)]
    [InlineData(1, null, First + " " + Second)]
    // Received the corrected version itself: only the second note.
    [InlineData(2, null, Second)]
    // A row written before versions were recorded: every note up to this one.
    [InlineData(null, null, First + " " + Second)]
    public void The_follow_up_says_the_notes_since_the_newest_version_the_reader_received(int? alertVersion, LedgerState? firstFollowUp, string said)
    {
        var alert = new LedgerEntry("s1", Channel.Email, LedgerState.Sent, null, null, alertVersion);
        LedgerEntry[] earlier = firstFollowUp is { } state ? [new LedgerEntry("s1", Channel.Email, state, null, null, 2)] : [];

        Assert.Equal(said, FollowUpDecisions.ContentFor(FollowUp(), Story(), alert, earlier).Summary);
    }

    [Fact]
    public void A_digest_reader_the_first_correction_reached_is_told_only_the_second()
    {
        LedgerEntry[] earlier = [new LedgerEntry("s1", Channel.Email, LedgerState.Sent, null, null, 2)];

        Assert.Equal(Second, FollowUpDecisions.ContentFor(FollowUp(), Story(), alert: null, earlier).Summary);
        Assert.Equal(First + " " + Second, FollowUpDecisions.ContentFor(FollowUp(), Story(), alert: null).Summary);
    }

    [Fact]
    public void Only_corrections_older_than_this_one_are_looked_up()
    {
        Assert.Equal([2], StoryCorrections.VersionsBefore(Story(), 3));
        Assert.Empty(StoryCorrections.VersionsBefore(Story(), 2));
        Assert.Equal([2, 3], StoryCorrections.VersionsBefore(Story(), 9));
    }

    [Fact]
    public async Task The_dispatcher_tells_each_recipient_of_each_version_what_is_new_to_them()
    {
        var ledger = new InMemoryLedger();
        var alertKey = DeliveryBatch.LedgerKeyOf(StoryId, "3", null);
        var firstKey = DeliveryBatch.LedgerKeyOf(StoryId, "2", NoticeKind.Corrected);
        // "original": alert as v1, the first follow-up failed. "both": alert as v1 and the first follow-up sent.
        // "corrected": alert as v2 (the corrected text). "digest": the story in a sent digest, and the first follow-up.
        ledger.Rows[(alertKey, "original")] = new LedgerEntry("original", Channel.Email, LedgerState.Delivered, null, null, 1);
        ledger.Rows[(firstKey, "original")] = new LedgerEntry("original", Channel.Email, LedgerState.Failed, "mailbox full", null, 2);
        ledger.Rows[(alertKey, "both")] = new LedgerEntry("both", Channel.Email, LedgerState.Sent, null, null, 1);
        ledger.Rows[(firstKey, "both")] = new LedgerEntry("both", Channel.Email, LedgerState.Delivered, null, null, 2);
        ledger.Rows[(alertKey, "corrected")] = new LedgerEntry("corrected", Channel.Email, LedgerState.Sent, null, null, 2);
        ledger.Rows[(firstKey, "digest")] = new LedgerEntry("digest", Channel.Email, LedgerState.Sent, null, null, 2);
        var articles = new InMemoryArticles();
        articles.Saved[StoryId] = Story();
        var digests = new NewsAlerts.Core.Tests.Digests.InMemoryDigestStore();
        await digests.RecordAsync([new NewsAlerts.Core.Digests.DigestEntry("digest", DateTimeOffset.UnixEpoch, StoryId, null, "why", DateTimeOffset.UnixEpoch)], CancellationToken.None);
        await digests.MarkSentAsync(DateTimeOffset.UnixEpoch, "digest", [StoryId], CancellationToken.None);
        string[] ids = ["both", "corrected", "digest", "original"];
        var email = new RecordingEmail();
        var batch = Samples.Batch(Channel.Email, ids) with { Content = FollowUp() };

        await TestDispatchers.Create(ledger, email, ids, articles: articles, digests: digests).DispatchAsync(batch, CancellationToken.None);

        Assert.Equal(Second, email.Said["both@example.com"]);
        Assert.Equal(Second, email.Said["corrected@example.com"]);
        Assert.Equal(Second, email.Said["digest@example.com"]);
        Assert.Equal(First + " " + Second, email.Said["original@example.com"]);
    }

    // The second correction's follow-up, as planned: its own note.
    private static AlertContent FollowUp() =>
        Samples.Content() with { ArticleVersion = "3", Notice = new ArticleNotice(NoticeKind.Corrected, Second), Summary = Second };

    private static Article Story() =>
        new(StoryId, 3, "Truce in Aleppo", "Talks resume.", null, "Example", "en", [], 3, null, DateTimeOffset.UnixEpoch, null,
            new ArticleNotice(NoticeKind.Corrected, Second)) { Corrections = [new CorrectionNote(2, First), new CorrectionNote(3, Second)] };

    private sealed class RecordingEmail : IEmailSender
    {
        public ConcurrentDictionary<string, string> Said { get; } = new(StringComparer.Ordinal);

        public Task<SendOutcome> SendAsync(EmailAlertRequest request, CancellationToken cancellationToken)
        {
            Said[request.ToAddress] = request.Content.Summary;
            return Task.FromResult(SendOutcome.Sent($"<{request.SubscriberId}@example.com>"));
        }
    }
}
