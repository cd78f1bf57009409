namespace NewsAlerts.Core.Tests.Editor;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Editor;

/// <summary>
/// Issue 16: the story page kept showing "Scheduled (after quiet hours) 1" after the end of quiet hours had passed,
/// though the text had been lost with the local queue. A scheduled text counts as scheduled only while its time is to
/// come; then as queued (due, on its way) for a grace; then, with no ledger row, as not delivered ("Overdue").
/// </summary>
public sealed class Scheduled_texts_count_as_scheduled_only_until_their_time
{
    private static readonly DateTimeOffset EndOfQuietHours = new(2026, 12, 3, 7, 0, 0, TimeSpan.Zero);

    private static LedgerEntry Row(string id, LedgerState state) => new(id, Channel.Sms, state, null, null);

    [Fact]
    public void The_given_case_one_text_lost_after_quiet_hours_is_overdue_not_scheduled()
    {
        var clock = new FakeTimeProvider(EndOfQuietHours.AddHours(-8));
        var before = Tally(clock.GetUtcNow(), scheduled: 1, rows: []);
        clock.Advance(TimeSpan.FromHours(8) + ScheduledTexts.Grace);
        var after = Tally(clock.GetUtcNow(), scheduled: 1, rows: []);

        Assert.Equal((1, 0, 0), (before.Scheduled, before.Queued, before.Overdue));
        Assert.False(before.Sending);
        Assert.Equal((0, 0, 1, 1), (after.Scheduled, after.Queued, after.Overdue, after.NotSent));
        Assert.Equal(new KeyValuePair<string, int>(DeliveryTally.OverdueReason, 1), Assert.Single(after.Reasons));
        Assert.False(after.Sending);
    }

    [Theory]
    [InlineData(-1, 1, 0, 0)]
    [InlineData(0, 0, 1, 0)]
    [InlineData(9 * 60 + 59, 0, 1, 0)]
    [InlineData(10 * 60, 0, 0, 1)]
    [InlineData(48 * 3600, 0, 0, 1)]
    public void The_split_follows_the_clock(int secondsAfterTheEnd, int waiting, int due, int overdue)
    {
        var split = ScheduledTexts.Split([(1, EndOfQuietHours)], EndOfQuietHours.AddSeconds(secondsAfterTheEnd));

        Assert.Equal(new ScheduledSplit(waiting, due, overdue), split);
    }

    [Fact]
    public void Due_texts_are_queued_and_the_console_keeps_refreshing_during_the_grace()
    {
        var tally = Tally(EndOfQuietHours.AddMinutes(1), scheduled: 2, rows: [Row("a", LedgerState.Delivered)]);

        Assert.Equal((0, 1, 0), (tally.Scheduled, tally.Queued, tally.Overdue));
        Assert.True(tally.Sending);
    }

    [Fact]
    public void Texts_that_went_after_quiet_hours_are_not_overdue()
    {
        var tally = Tally(EndOfQuietHours.AddHours(3), scheduled: 2, rows: [Row("a", LedgerState.Delivered), Row("b", LedgerState.Sent)]);

        Assert.Equal((0, 0, 0, 1, 1), (tally.Scheduled, tally.Queued, tally.Overdue, tally.Sent, tally.Delivered));
        Assert.Empty(tally.Reasons);
    }

    [Fact]
    public void Entries_with_different_ends_of_quiet_hours_split_apart_and_one_without_a_time_still_waits()
    {
        var now = EndOfQuietHours.AddHours(1);
        var split = ScheduledTexts.Split([(3, EndOfQuietHours), (2, EndOfQuietHours.AddHours(2)), (4, null), (1, now.AddMinutes(-5))], now);

        Assert.Equal(new ScheduledSplit(Waiting: 6, Due: 1, Overdue: 3), split);
    }

    [Fact]
    public void Missing_rows_count_as_waiting_first_then_due_then_overdue()
    {
        // 4 texts now plus 3 scheduled: 2 waiting, 1 overdue. 5 rows: 2 missing, both still waiting (none is overdue yet).
        var rows = Enumerable.Range(0, 5).Select(i => Row($"r{i}", LedgerState.Delivered)).ToList();
        var tally = DeliveryTally.Of(Channel.Sms, rows, planned: 7, new ScheduledSplit(Waiting: 2, Due: 0, Overdue: 1));

        Assert.Equal((2, 0, 0), (tally.Scheduled, tally.Overdue, tally.Queued));
    }

    private static ChannelTally Tally(DateTimeOffset now, int scheduled, IReadOnlyCollection<LedgerEntry> rows) =>
        DeliveryTally.Of(Channel.Sms, rows, planned: scheduled, ScheduledTexts.Split([(scheduled, EndOfQuietHours)], now));
}
