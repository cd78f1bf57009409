namespace NewsAlerts.Core.Tests.FollowUps;

using System.Collections.Concurrent;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.FollowUps;
using NewsAlerts.Core.Tests.Dispatch;
using NewsAlerts.Core.Tests.Feeds;

/// <summary>
/// Issue 17 (review): a withdrawal's or correction's second look at the ledger counted Claimed rows, so a claim whose send
/// was then skipped or failed got a notice for an alert never received. The follow-up is now decided right before its
/// send, on the story and the recipient's alert row read then (<see cref="FollowUpDecisions"/>).
/// </summary>
public sealed class A_follow_up_goes_only_to_who_received_the_story
{
    private const string Sends = "send";

    [Theory]
    // A withdrawal goes to whoever received the story, whatever version.
    [InlineData(NoticeKind.Withdrawn, LedgerState.Sent, 1, false, Sends)]
    [InlineData(NoticeKind.Withdrawn, LedgerState.Delivered, 3, false, Sends)]
    [InlineData(NoticeKind.Withdrawn, LedgerState.Sent, null, false, Sends)]
    // A correction to whoever received an older version (or one not recorded), never to who got the corrected text.
    [InlineData(NoticeKind.Corrected, LedgerState.Sent, 1, false, Sends)]
    [InlineData(NoticeKind.Corrected, LedgerState.Delivered, 2, false, Sends)]
    [InlineData(NoticeKind.Corrected, LedgerState.Sent, null, false, Sends)]
    [InlineData(NoticeKind.Corrected, LedgerState.Sent, 3, false, FollowUpDecisions.AlreadyCorrectedReason)]
    [InlineData(NoticeKind.Corrected, LedgerState.Delivered, 4, false, FollowUpDecisions.AlreadyCorrectedReason)]
    // A sent digest carried the story: its reader hears of it, even with an alert row that did not go.
    [InlineData(NoticeKind.Withdrawn, null, null, true, Sends)]
    [InlineData(NoticeKind.Corrected, LedgerState.Skipped, 1, true, Sends)]
    [InlineData(NoticeKind.Corrected, LedgerState.Sent, 3, true, Sends)]
    // A claim whose send is not recorded yet: wait for it (the follow-up goes round again).
    [InlineData(NoticeKind.Withdrawn, LedgerState.Claimed, null, false, FollowUpDecisions.AlertUnderWayReason)]
    [InlineData(NoticeKind.Corrected, LedgerState.Claimed, 1, false, FollowUpDecisions.AlertUnderWayReason)]
    // Never received: skipped, failed, retrying (its retry reads the stored notice), held, dead-lettered, no row at all.
    [InlineData(NoticeKind.Withdrawn, LedgerState.Skipped, 1, false, FollowUpDecisions.NotReceivedReason)]
    [InlineData(NoticeKind.Withdrawn, LedgerState.Failed, 1, false, FollowUpDecisions.NotReceivedReason)]
    [InlineData(NoticeKind.Withdrawn, LedgerState.Retrying, 1, false, FollowUpDecisions.NotReceivedReason)]
    [InlineData(NoticeKind.Withdrawn, LedgerState.HeldByCap, 1, false, FollowUpDecisions.NotReceivedReason)]
    [InlineData(NoticeKind.Withdrawn, LedgerState.HeldStale, 1, false, FollowUpDecisions.NotReceivedReason)]
    [InlineData(NoticeKind.Withdrawn, LedgerState.DeadLettered, 1, false, FollowUpDecisions.NotReceivedReason)]
    [InlineData(NoticeKind.Corrected, LedgerState.Failed, 1, false, FollowUpDecisions.NotReceivedReason)]
    [InlineData(NoticeKind.Corrected, LedgerState.Skipped, null, false, FollowUpDecisions.NotReceivedReason)]
    [InlineData(NoticeKind.Withdrawn, null, null, false, FollowUpDecisions.NotReceivedReason)]
    [InlineData(NoticeKind.Corrected, null, null, false, FollowUpDecisions.NotReceivedReason)]
    public void Each_alert_row_decides_the_follow_up(NoticeKind kind, LedgerState? state, int? sentAs, bool inSentDigest, string expected)
    {
        var alert = state is { } s ? new LedgerEntry("s1", Channel.Email, s, null, null, sentAs) : null;

        var decision = FollowUpDecisions.BeforeSend("s1", FollowUp(kind, 3), Story(3, kind), alert, inSentDigest);

        Assert.Equal(expected, decision is null ? Sends : decision.Record!.Reason);
        if (decision is not null)
        {
            var waits = expected == FollowUpDecisions.AlertUnderWayReason;
            Assert.Equal(
                (waits ? RecipientResult.Retrying : RecipientResult.Skipped, waits ? LedgerState.Retrying : LedgerState.Skipped, "s1"),
                (decision.Result, decision.Record!.State, decision.Record.SubscriberId));
        }
    }

    [Theory]
    [InlineData(NoticeKind.Withdrawn, 2)]
    [InlineData(NoticeKind.Corrected, 2)]
    [InlineData(NoticeKind.Corrected, null)]
    public void A_follow_up_whose_version_is_not_stored_yet_waits(NoticeKind kind, int? stored)
    {
        // Follow-ups are queued before their version is stored: until it is, an alert claimed may still go out as before.
        var sent = new LedgerEntry("s1", Channel.Email, LedgerState.Sent, null, null, 1);

        var decision = FollowUpDecisions.BeforeSend("s1", FollowUp(kind, 3), stored is { } v ? Story(v, null) : null, sent, inSentDigest: false);

        Assert.Equal((RecipientResult.Retrying, LedgerState.Retrying, FollowUpDecisions.NotStoredYetReason), (decision!.Result, decision.Record!.State, decision.Record.Reason));
        Assert.Null(FollowUpDecisions.BeforeSend("s1", FollowUp(kind, 3), Story(4, kind), sent, inSentDigest: false));
    }

    [Fact]
    public async Task The_dispatcher_sends_to_who_received_it_waits_for_a_send_under_way_and_records_why_not_for_the_rest()
    {
        string[] ids = ["claimed", "digest-reader", "failed", "never", "sent", "skipped"];
        var ledger = new InMemoryLedger();
        foreach (var (id, state) in new[] { ("claimed", LedgerState.Claimed), ("failed", LedgerState.Failed), ("sent", LedgerState.Sent), ("skipped", LedgerState.Skipped) })
        {
            ledger.States[id] = state;
        }

        var articles = new InMemoryArticles();
        articles.Saved["urn:test:1"] = Story(2, NoticeKind.Withdrawn);
        var digests = new NewsAlerts.Core.Tests.Digests.InMemoryDigestStore();
        await digests.RecordAsync([new NewsAlerts.Core.Digests.DigestEntry("digest-reader", DateTimeOffset.UnixEpoch, "urn:test:1", null, "why", DateTimeOffset.UnixEpoch)], CancellationToken.None);
        await digests.MarkSentAsync(DateTimeOffset.UnixEpoch, "digest-reader", ["urn:test:1"], CancellationToken.None);
        var email = new RecordingEmail();
        var batch = Samples.Batch(Channel.Email, ids) with { Content = FollowUp(NoticeKind.Withdrawn, 2) };

        var outcome = await TestDispatchers.Create(ledger, email, ids, articles: articles, digests: digests).DispatchAsync(batch, CancellationToken.None);

        Assert.Equal(["digest-reader@example.com", "sent@example.com"], email.To.Order(StringComparer.Ordinal));
        Assert.False(outcome.IsComplete);
        var records = ledger.Records.ToDictionary(r => r.SubscriberId, r => (r.State, r.Reason, r.Version));
        Assert.Equal((LedgerState.Retrying, FollowUpDecisions.AlertUnderWayReason, (int?)2), records["claimed"]);
        Assert.All(["failed", "never", "skipped"], id => Assert.Equal((LedgerState.Skipped, FollowUpDecisions.NotReceivedReason, (int?)2), records[id]));
        Assert.Equal((LedgerState.Sent, (string?)null, (int?)2), records["sent"]);
    }

    private static AlertContent FollowUp(NoticeKind kind, int version) =>
        Samples.Content() with { ArticleVersion = $"{version}", Notice = new ArticleNotice(kind, kind == NoticeKind.Withdrawn ? "Not verified." : "Monday, not Sunday.") };

    private static Article Story(int version, NoticeKind? kind) =>
        new("urn:test:1", version, "Truce in Aleppo", "Talks resume.", null, "Example", "en", [], 3, null, DateTimeOffset.UnixEpoch, null,
            kind is { } k ? new ArticleNotice(k, "note") : null);

    private sealed class RecordingEmail : IEmailSender
    {
        public ConcurrentQueue<string> To { get; } = new();

        public Task<SendOutcome> SendAsync(EmailAlertRequest request, CancellationToken cancellationToken)
        {
            To.Enqueue(request.ToAddress);
            return Task.FromResult(SendOutcome.Sent($"<{request.SubscriberId}@example.com>"));
        }
    }
}
