namespace NewsAlerts.Core.Tests.Editor;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Editor;
using NewsAlerts.Core.FollowUps;
using NewsAlerts.Core.Tests.Dispatch;

/// <summary>
/// Trial r43 #12: a retracted story's page went on counting its quiet-hours text as "Scheduled (after quiet hours) 1"
/// until its batch came round at the end of quiet hours, where it is recorded skipped "story withdrawn". Once the story
/// reads withdrawn, whatever will not go counts as not sent with that reason at once: texts and emails without a row,
/// retrying ones, a superseded correction's follow-ups, pending and dropped digest entries.
/// </summary>
public sealed class A_withdrawn_storys_messages_still_to_come_count_as_not_sent_at_once
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 14, 50, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset EndOfQuietHours = new(2026, 12, 3, 16, 0, 0, TimeSpan.Zero);

    private static LedgerEntry Row(string id, LedgerState state, string? reason = null) => new(id, Channel.Sms, state, reason, null);

    private static ChannelTally Texts(bool withdrawn, int planned, ScheduledSplit scheduled, params LedgerEntry[] rows) =>
        DeliveryTally.Of(Channel.Sms, rows, planned, scheduled, storyWithdrawn: withdrawn);

    [Fact]
    public void The_given_case_one_held_text_of_a_retracted_story_is_not_sent_story_withdrawn_not_scheduled()
    {
        var scheduled = ScheduledTexts.Split([(1, EndOfQuietHours)], Now);
        var live = Texts(withdrawn: false, planned: 1, scheduled);
        var retracted = Texts(withdrawn: true, planned: 1, scheduled);

        Assert.Equal((0, 1, 0), (live.Queued, live.Scheduled, live.NotSent));
        Assert.Equal((0, 0, 1, 1), (retracted.Queued, retracted.Scheduled, retracted.NotSent, retracted.Withdrawn));
        Assert.Equal(new KeyValuePair<string, int>("Skipped: story withdrawn", 1), Assert.Single(retracted.Reasons));
        Assert.False(retracted.Sending);
    }

    [Fact]
    public void The_count_is_the_same_before_and_after_the_dispatcher_records_the_skip()
    {
        var scheduled = ScheduledTexts.Split([(2, EndOfQuietHours)], Now);
        var before = Texts(withdrawn: true, planned: 2, scheduled);
        var after = Texts(
            withdrawn: true, planned: 2, scheduled,
            Row("a", LedgerState.Skipped, RecipientDecisions.StoryWithdrawnReason), Row("b", LedgerState.Skipped, RecipientDecisions.StoryWithdrawnReason));

        Assert.Equal((before.NotSent, before.Reasons.Single()), (after.NotSent, after.Reasons.Single()));
    }

    [Theory]
    // Waiting for quiet hours, due (on its way), overdue: none will go once the story reads withdrawn.
    [InlineData(3, 0, 0)]
    [InlineData(0, 3, 0)]
    [InlineData(0, 0, 3)]
    [InlineData(1, 1, 1)]
    public void Texts_scheduled_due_or_overdue_all_count_withdrawn(int waiting, int due, int overdue)
    {
        var tally = Texts(withdrawn: true, planned: 3, new ScheduledSplit(waiting, due, overdue));

        Assert.Equal((0, 0, 0, 3), (tally.Queued, tally.Scheduled, tally.Overdue, tally.NotSent));
        Assert.Equal(DeliveryTally.WithdrawnReason, Assert.Single(tally.Reasons).Key);
    }

    [Fact]
    public void Emails_queued_and_not_claimed_and_retrying_ones_are_withdrawn_what_went_or_is_claimed_stays()
    {
        // 6 planned: 1 delivered, 1 sent, 1 claimed (a dispatcher may have read the story before), 1 retrying, 2 without a row.
        var rows = new[]
        {
            Row("a", LedgerState.Delivered), Row("b", LedgerState.Sent), Row("c", LedgerState.Claimed), Row("d", LedgerState.Retrying, "timeout"),
        }.Select(r => r with { Channel = Channel.Email }).ToList();

        var tally = DeliveryTally.Of(Channel.Email, rows, planned: 6, default(ScheduledSplit), storyWithdrawn: true);

        Assert.Equal((1, 1, 1, 3, 3), (tally.Queued, tally.Sent, tally.Delivered, tally.NotSent, tally.Withdrawn));
        Assert.Equal(new[] { new KeyValuePair<string, int>(DeliveryTally.WithdrawnReason, 3) }, tally.Reasons);
    }

    [Fact]
    public void Earlier_reasons_stay_beside_the_withdrawn_ones()
    {
        var tally = Texts(
            withdrawn: true, planned: 3, ScheduledSplit.AllWaiting(1),
            Row("a", LedgerState.HeldByCap, "daily sms cap of 1 reached"), Row("b", LedgerState.Failed, "unreachable"));

        Assert.Equal((1, 2), (tally.Failed, tally.NotSent));
        Assert.Equal(
            new[] { "Failed: unreachable", "HeldByCap: daily sms cap of 1 reached", DeliveryTally.WithdrawnReason },
            tally.Reasons.Select(r => r.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_live_story_is_counted_as_before()
    {
        var tally = Texts(withdrawn: false, planned: 2, ScheduledSplit.AllWaiting(1), Row("a", LedgerState.Retrying, "timeout"));

        Assert.Equal((1, 1, 0, 0), (tally.Queued, tally.Scheduled, tally.NotSent, tally.Withdrawn));
    }

    [Fact]
    public void A_correction_follow_up_of_a_story_withdrawn_since_is_skipped_story_withdrawn()
    {
        var correction = Samples.Content() with { ArticleVersion = "2", Notice = new ArticleNotice(NoticeKind.Corrected, "Monday, not Sunday.") };
        var withdrawn = new Article(
            "urn:test:1", 3, "Truce in Aleppo", "Talks resume.", null, "Example", "en", [], 3, null, DateTimeOffset.UnixEpoch, null,
            new ArticleNotice(NoticeKind.Withdrawn, "Not verified."));
        var received = new LedgerEntry("s1", Channel.Sms, LedgerState.Delivered, null, null, 1);

        var decision = FollowUpDecisions.BeforeSend("s1", correction, withdrawn, received, inSentDigest: false);

        Assert.Equal((RecipientResult.Skipped, LedgerState.Skipped, RecipientDecisions.StoryWithdrawnReason), (decision!.Result, decision.Record!.State, decision.Record.Reason));
        // The withdrawal itself still goes to who received the story.
        var withdrawal = correction with { ArticleVersion = "3", Notice = new ArticleNotice(NoticeKind.Withdrawn, "Not verified.") };
        Assert.Null(FollowUpDecisions.BeforeSend("s1", withdrawal, withdrawn, received, inSentDigest: false));
    }

    [Fact]
    public void Digest_entries_pending_or_dropped_by_the_retraction_are_not_sent_those_in_a_sent_digest_stay()
    {
        DigestEntry Entry(string id, DateTimeOffset due, DigestEntryState state = DigestEntryState.Pending) =>
            new(id, due, "a1", "t1", "why", Now.AddHours(-8), state);
        var past = Now.AddHours(-2);
        var entries = new[] { Entry("sent", past, DigestEntryState.Sent), Entry("carried", past), Entry("claimed", past), Entry("later", Now.AddHours(3)) };
        LedgerEntry? RowOf(DigestEntry e) => e.SubscriberId switch
        {
            "sent" or "carried" => new LedgerEntry(e.SubscriberId, Channel.Email, LedgerState.Sent, null, null),
            "claimed" => new LedgerEntry(e.SubscriberId, Channel.Email, LedgerState.Claimed, null, null),
            _ => null,
        };

        var live = DigestDeliveryTally.Of(entries, RowOf, Now, partial: false);
        var retracted = DigestDeliveryTally.Of(entries, RowOf, Now, partial: false, storyWithdrawn: true, dropped: 2);

        Assert.Equal((1, 2, 1, 0, 4), (live.Waiting, live.Due, live.InDigest, live.NotSent, live.Counted));
        Assert.Equal((0, 1, 1, 4, 6), (retracted.Waiting, retracted.Due, retracted.InDigest, retracted.NotSent, retracted.Counted));
        Assert.Null(retracted.NextDue);
        Assert.Equal(new[] { new KeyValuePair<string, int>(DeliveryTally.WithdrawnReason, 4) }, retracted.Reasons);
    }

    [Fact]
    public void A_retraction_that_dropped_every_entry_still_shows_them_as_not_sent()
    {
        var tally = DigestDeliveryTally.Of([], _ => null, Now, partial: false, storyWithdrawn: true, dropped: 3);

        Assert.Equal((3, 3, false), (tally.NotSent, tally.Counted, tally.Sending));
    }
}
