namespace NewsAlerts.Core.Tests.Editor;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Editor;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Core.Tests.Digests;
using NewsAlerts.Core.Tests.Dispatch;

/// <summary>
/// Trial s45 #9: ann's email, over her daily cap, went to her digest of tomorrow 07:00; she then paused for a day. The
/// story page still said "Email digests: Scheduled 4 … Next digests from tomorrow 07:00", although a digest due during a
/// pause is not sent (nor later). An entry not due yet is judged as its digest's dispatch will judge it.
/// </summary>
public sealed class A_waiting_digest_entry_that_will_not_go_is_not_counted_scheduled
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 17, 51, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Tomorrow7 = new(2026, 12, 4, 7, 0, 0, TimeSpan.Zero);

    private static Subscriber Ann(DateTimeOffset? pausedUntil = null, ContactStatus email = ContactStatus.Confirmed) =>
        Samples.Subscriber("ann", email: email) with { PausedUntil = pausedUntil };

    [Fact]
    public void A_pause_running_when_the_digest_is_due_keeps_the_entry_out() =>
        Assert.Equal(WaitingDigestEntries.PausedReason, WaitingDigestEntries.WhyNotSent(Ann(Now.AddDays(1)), emailSuppressed: false, Tomorrow7));

    [Fact]
    public void A_pause_until_resumed_keeps_the_entry_out() =>
        Assert.Equal(WaitingDigestEntries.PausedReason, WaitingDigestEntries.WhyNotSent(Ann(NewsAlerts.Core.Pausing.Pauses.UntilResumed), false, Tomorrow7));

    [Theory]
    [InlineData(-600)] // ends ten hours before the digest is due
    [InlineData(0)] // ends as it falls due
    [InlineData(2)] // ends as the digest run's grace ends: the earliest moment it is sent
    public void A_pause_that_ends_before_the_digest_can_go_lets_it_go(int minutesAfterDue)
    {
        Assert.Equal(DigestRun.Grace, TimeSpan.FromMinutes(2));
        Assert.Null(WaitingDigestEntries.WhyNotSent(Ann(Tomorrow7.AddMinutes(minutesAfterDue)), false, Tomorrow7));
    }

    [Fact]
    public void A_pause_that_ends_a_minute_after_the_earliest_send_keeps_it_out() =>
        Assert.Equal(WaitingDigestEntries.PausedReason, WaitingDigestEntries.WhyNotSent(Ann(Tomorrow7 + DigestRun.Grace + TimeSpan.FromMinutes(1)), false, Tomorrow7));

    [Theory]
    [InlineData(ContactStatus.OptedOut)] // unsubscribed from email since
    [InlineData(ContactStatus.Disabled)] // the provider refused the address for good
    [InlineData(ContactStatus.Pending)] // changed to an address not confirmed yet
    public void An_email_no_longer_open_keeps_the_entry_out(ContactStatus email) =>
        Assert.Equal(WaitingDigestEntries.GoneReason, WaitingDigestEntries.WhyNotSent(Ann(email: email), false, Tomorrow7));

    [Fact]
    public void A_subscriber_gone_keeps_the_entry_out() =>
        Assert.Equal(WaitingDigestEntries.GoneReason, WaitingDigestEntries.WhyNotSent(null, false, Tomorrow7));

    [Fact]
    public void A_suppressed_address_keeps_the_entry_out() =>
        Assert.Equal(WaitingDigestEntries.SuppressedReason, WaitingDigestEntries.WhyNotSent(Ann(), emailSuppressed: true, Tomorrow7));

    [Fact]
    public void A_subscriber_as_they_were_keeps_the_entry_waiting() =>
        Assert.Null(WaitingDigestEntries.WhyNotSent(Ann(), false, Tomorrow7));

    [Fact]
    public void The_tally_counts_it_not_sent_with_its_reason_and_the_next_digest_is_one_that_will_go()
    {
        var entries = new[] { Entry("ann", Tomorrow7), Entry("bea", Tomorrow7.AddHours(3)), Entry("cal", Tomorrow7.AddHours(5)) };

        var tally = DigestDeliveryTally.Of(entries, _ => null, Now, partial: false, whyNotSent: e => e.SubscriberId == "ann" ? WaitingDigestEntries.PausedReason : null);

        Assert.Equal((2, Tomorrow7.AddHours(3), 1, 3), (tally.Waiting, tally.NextDue, tally.NotSent, tally.Counted));
        Assert.Equal([new KeyValuePair<string, int>(WaitingDigestEntries.PausedReason, 1)], tally.Reasons);
    }

    [Fact]
    public async Task The_story_status_reads_each_reader_and_counts_the_paused_one_not_sent()
    {
        var time = new FakeTimeProvider(Now);
        var digests = new InMemoryDigestStore();
        await digests.RecordAsync([Entry("ann", Tomorrow7), Entry("bea", Tomorrow7.AddHours(1)), Entry("dan", Tomorrow7), Entry("gone", Tomorrow7)], CancellationToken.None);
        var subscribers = new InMemorySubscribers([Ann(Now.AddDays(1)), Samples.Subscriber("bea"), Samples.Subscriber("dan")]);
        var suppressions = new SuppressionList(new InMemorySuppressions(), new TokenSigner(new byte[32], time), time);
        await suppressions.SuppressAsync(Channel.Email, "dan@example.com", SuppressionReason.Unsubscribe, CancellationToken.None);

        var tally = await new StoryDigestStatus(digests, new CountingLedger(), time, subscribers: subscribers, suppressions: suppressions).GetAsync("a1", CancellationToken.None);

        Assert.Equal((1, Tomorrow7.AddHours(1), 3, 4), (tally.Waiting, tally.NextDue, tally.NotSent, tally.Counted));
        Assert.Equal(
            [WaitingDigestEntries.SuppressedReason, WaitingDigestEntries.PausedReason, WaitingDigestEntries.GoneReason],
            tally.Reasons.Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.All(tally.Reasons, r => Assert.Equal(1, r.Value));
    }

    [Fact]
    public async Task Without_a_subscriber_store_every_entry_not_due_waits_as_before()
    {
        var digests = new InMemoryDigestStore();
        await digests.RecordAsync([Entry("ann", Tomorrow7)], CancellationToken.None);

        var tally = await new StoryDigestStatus(digests, new CountingLedger(), new FakeTimeProvider(Now)).GetAsync("a1", CancellationToken.None);

        Assert.Equal((1, 0), (tally.Waiting, tally.NotSent));
    }

    private static DigestEntry Entry(string subscriberId, DateTimeOffset dueAt) => new(subscriberId, dueAt, "a1", "t1", "why", Now.AddMinutes(-1));
}
