namespace NewsAlerts.Core.Tests.Editor;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Editor;

public sealed class Delivery_status_counts_the_ledger_by_what_editors_need
{
    private static LedgerEntry Row(string id, LedgerState state, string? reason = null) => new(id, Channel.Sms, state, reason, null);

    [Fact]
    public void Rows_are_counted_by_state_and_failures_by_reason()
    {
        var tally = DeliveryTally.Of(Channel.Sms,
        [
            Row("a", LedgerState.Delivered), Row("b", LedgerState.Sent), Row("c", LedgerState.Failed, "21610 unsubscribed"),
            Row("d", LedgerState.Failed, "21610 unsubscribed"), Row("e", LedgerState.HeldByCap, "daily cap"), Row("f", LedgerState.Claimed),
        ], planned: 6);

        Assert.Equal((1, 1, 1, 2, 1), (tally.Queued, tally.Sent, tally.Delivered, tally.Failed, tally.NotSent));
        Assert.Equal(new KeyValuePair<string, int>("Failed: 21610 unsubscribed", 2), tally.Reasons[0]);
        Assert.True(tally.Sending);
    }

    [Fact]
    public void Dead_lettered_alerts_are_counted_apart_with_their_reason_and_are_no_longer_queued()
    {
        var tally = DeliveryTally.Of(Channel.Sms,
        [
            Row("a", LedgerState.Delivered), Row("b", LedgerState.DeadLettered, "DeliveryIncomplete after 5 attempts: HTTP 500"),
            Row("c", LedgerState.DeadLettered, "DeliveryIncomplete after 5 attempts: HTTP 500"), Row("d", LedgerState.Retrying, "HTTP 500"),
        ], planned: 4);

        Assert.Equal((2, 1, 0), (tally.DeadLettered, tally.Queued, tally.Failed));
        Assert.Equal(new KeyValuePair<string, int>("DeadLettered: DeliveryIncomplete after 5 attempts: HTTP 500", 2), tally.Reasons[0]);
        Assert.False(DeliveryTally.Of(Channel.Sms, [Row("a", LedgerState.Delivered), Row("b", LedgerState.DeadLettered, "x")], planned: 2).Sending);
    }

    [Fact]
    public void Planned_alerts_without_a_row_yet_are_queued_and_the_console_keeps_refreshing()
    {
        var tally = DeliveryTally.Of(Channel.Sms, [Row("a", LedgerState.Delivered)], planned: 3);

        Assert.Equal(2, tally.Queued);
        Assert.True(tally.Sending);
    }

    [Fact]
    public void When_every_alert_is_settled_nothing_is_queued() =>
        Assert.False(DeliveryTally.Of(Channel.Sms, [Row("a", LedgerState.Delivered), Row("b", LedgerState.Failed, "x")], planned: 2).Sending);

    [Fact]
    public void Texts_held_when_planned_have_rows_at_once_and_do_not_hide_the_texts_still_queued()
    {
        // 10 texts due now and 4 held by a daily cap at planning: the 4 held rows are written before any text goes.
        var held = Enumerable.Range(0, 4).Select(i => Row($"h{i}", LedgerState.HeldByCap, "daily cap")).ToList();
        var atFirst = DeliveryTally.Of(Channel.Sms, held, planned: 10, heldAtPlanning: 4);
        Assert.Equal((10, 4), (atFirst.Queued, atFirst.NotSent));
        Assert.True(atFirst.Sending);

        var halfWay = DeliveryTally.Of(Channel.Sms, [.. held, .. Enumerable.Range(0, 6).Select(i => Row($"s{i}", LedgerState.Sent))], planned: 10, heldAtPlanning: 4);
        Assert.Equal((4, 6), (halfWay.Queued, halfWay.Sent));
        Assert.True(halfWay.Sending);

        var done = DeliveryTally.Of(Channel.Sms, [.. held, .. Enumerable.Range(0, 10).Select(i => Row($"s{i}", LedgerState.Sent))], planned: 10, heldAtPlanning: 4);
        Assert.Equal((0, 10, 4), (done.Queued, done.Sent, done.NotSent));
        Assert.False(done.Sending);
    }

    [Fact]
    public void Texts_waiting_for_quiet_hours_are_scheduled_not_queued_and_do_not_keep_the_page_refreshing()
    {
        // 5 texts: 2 now (sent), 3 after quiet hours (no row until then).
        var waiting = DeliveryTally.Of(Channel.Sms, [Row("a", LedgerState.Sent), Row("b", LedgerState.Delivered)], planned: 5, scheduled: 3);
        Assert.Equal((0, 3), (waiting.Queued, waiting.Scheduled));
        Assert.False(waiting.Sending);

        // Quiet hours ended: one was claimed (queued), one sent, one without a row yet (counted as still scheduled).
        var going = DeliveryTally.Of(Channel.Sms, [Row("a", LedgerState.Sent), Row("b", LedgerState.Delivered), Row("c", LedgerState.Claimed), Row("d", LedgerState.Sent)], planned: 5, scheduled: 3);
        Assert.Equal((1, 1), (going.Queued, going.Scheduled));

        // An immediate text not picked up yet while others wait for quiet hours: it is queued, and the page refreshes.
        var mixed = DeliveryTally.Of(Channel.Sms, [Row("a", LedgerState.Sent)], planned: 5, scheduled: 3);
        Assert.Equal((1, 3), (mixed.Queued, mixed.Scheduled));
        Assert.True(mixed.Sending);
    }

    [Fact]
    public void A_story_without_an_audit_entry_is_counted_from_the_ledger_alone_and_says_so()
    {
        var tally = DeliveryTally.Of(Channel.Email, [Row("a", LedgerState.Claimed), Row("b", LedgerState.Sent), Row("c", LedgerState.Retrying, "timeout")], planned: null);

        Assert.Equal((2, 0, 1), (tally.Queued, tally.Scheduled, tally.Sent));
        Assert.True(tally.LedgerOnly);
        Assert.True(tally.Sending);
        Assert.False(DeliveryTally.Of(Channel.Email, [Row("b", LedgerState.Sent)], planned: null).Sending);
        Assert.False(DeliveryTally.Of(Channel.Email, [Row("b", LedgerState.Sent)], planned: 1).LedgerOnly);
    }
}
