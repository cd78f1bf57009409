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
    public void Planned_alerts_without_a_row_yet_are_queued_and_the_console_keeps_refreshing()
    {
        var tally = DeliveryTally.Of(Channel.Sms, [Row("a", LedgerState.Delivered)], planned: 3);

        Assert.Equal(2, tally.Queued);
        Assert.True(tally.Sending);
    }

    [Fact]
    public void When_every_alert_is_settled_nothing_is_queued() =>
        Assert.False(DeliveryTally.Of(Channel.Sms, [Row("a", LedgerState.Delivered), Row("b", LedgerState.Failed, "x")], planned: 2).Sending);
}
