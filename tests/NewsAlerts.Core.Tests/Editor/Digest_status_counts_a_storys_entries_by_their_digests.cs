namespace NewsAlerts.Core.Tests.Editor;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Editor;

public sealed class Digest_status_counts_a_storys_entries_by_their_digests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Seven = Now.AddHours(-5);
    private static readonly DateTimeOffset Eighteen = Now.AddHours(6);

    private static DigestEntry Entry(string id, DateTimeOffset due, DigestEntryState state = DigestEntryState.Pending) =>
        new(id, due, "a1", "t1", "why", Now.AddHours(-8), state);

    private static Func<DigestEntry, LedgerEntry?> Rows(params (string Id, LedgerState State, string? Reason)[] rows) =>
        e => rows.Where(r => r.Id == e.SubscriberId).Select(r => new LedgerEntry(r.Id, Channel.Email, r.State, r.Reason, null)).FirstOrDefault();

    [Fact]
    public void Entries_not_due_yet_wait_with_the_earliest_due_time_whatever_a_row_says()
    {
        var tally = DigestDeliveryTally.Of(
            [Entry("a", Eighteen), Entry("b", Eighteen.AddHours(2)), Entry("c", Eighteen.AddHours(1))], Rows(("a", LedgerState.Sent, null)), Now, partial: false);

        Assert.Equal((3, 0, 0), (tally.Waiting, tally.Due, tally.InDigest));
        Assert.Equal(Eighteen, tally.NextDue);
        Assert.False(tally.Sending);
    }

    [Fact]
    public void An_entry_is_in_a_digest_only_when_marked_sent_and_its_digest_row_says_sent_or_delivered()
    {
        var tally = DigestDeliveryTally.Of(
            [
                Entry("a", Seven, DigestEntryState.Sent), Entry("b", Seven, DigestEntryState.Sent), Entry("c", Seven),
                Entry("d", Seven, DigestEntryState.Sent),
            ],
            Rows(("a", LedgerState.Sent, null), ("b", LedgerState.Delivered, null), ("c", LedgerState.Sent, null), ("d", LedgerState.Claimed, null)),
            Now, partial: false);

        // c missed the digest that went (written while it was queued: carried to the next); d's digest is not recorded yet.
        Assert.Equal((2, 2), (tally.InDigest, tally.Due));
        Assert.True(tally.Sending);
        Assert.Null(tally.NextDue);
    }

    [Fact]
    public void Failed_dead_lettered_and_skipped_digests_are_counted_with_their_reasons()
    {
        var tally = DigestDeliveryTally.Of(
            [Entry("a", Seven), Entry("b", Seven), Entry("c", Seven), Entry("d", Seven, DigestEntryState.Sent), Entry("e", Seven)],
            Rows(
                ("a", LedgerState.DeadLettered, "DeliveryIncomplete after 5 attempts: SMTP 451"), ("b", LedgerState.DeadLettered, "DeliveryIncomplete after 5 attempts: SMTP 451"),
                ("c", LedgerState.Failed, "550 no such user"), ("d", LedgerState.Skipped, "paused"), ("e", LedgerState.Retrying, "SMTP 451")),
            Now, partial: false);

        Assert.Equal((2, 1, 1, 1, 0), (tally.DeadLettered, tally.Failed, tally.NotSent, tally.Due, tally.InDigest));
        Assert.Equal(new KeyValuePair<string, int>("DeadLettered: DeliveryIncomplete after 5 attempts: SMTP 451", 2), tally.Reasons[0]);
        Assert.Contains(new KeyValuePair<string, int>("Failed: 550 no such user", 1), tally.Reasons);
        Assert.Contains(new KeyValuePair<string, int>("Skipped: paused", 1), tally.Reasons);
    }

    [Fact]
    public void A_due_entry_without_a_row_is_due_and_the_counts_say_when_they_are_partial()
    {
        var tally = DigestDeliveryTally.Of([Entry("a", Seven), Entry("b", Eighteen)], Rows(), Now, partial: true);

        Assert.Equal((1, 1, 2, true), (tally.Due, tally.Waiting, tally.Counted, tally.Partial));
        Assert.Empty(tally.Reasons);
    }
}
