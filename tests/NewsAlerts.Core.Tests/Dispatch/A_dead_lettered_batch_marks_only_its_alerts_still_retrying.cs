namespace NewsAlerts.Core.Tests.Dispatch;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;

/// <summary>Which ledger rows a batch dead-lettered after its last attempt marks, as plain functions.</summary>
public sealed class A_dead_lettered_batch_marks_only_its_alerts_still_retrying
{
    private static LedgerEntry Row(string id, LedgerState state, string? reason = null) => new(id, Channel.Sms, state, reason, null);

    [Fact]
    public void Only_the_batchs_retrying_rows_are_marked_with_the_attempts_and_their_last_failure()
    {
        string[] batch = ["a", "b", "c", "d", "e", "f"];
        LedgerEntry[] rows =
        [
            Row("f", LedgerState.Retrying, "HTTP 500"), Row("a", LedgerState.Retrying, "HTTP 503"), Row("b", LedgerState.Sent),
            Row("c", LedgerState.Claimed), Row("d", LedgerState.Failed, "21610"), Row("x", LedgerState.Retrying, "another batch"),
        ];

        var marks = DeadLettering.Marks(batch, rows, attempts: 5);

        Assert.Equal(
            [
                new LedgerRecord("a", LedgerState.DeadLettered, null, "DeliveryIncomplete after 5 attempts: HTTP 503"),
                new LedgerRecord("f", LedgerState.DeadLettered, null, "DeliveryIncomplete after 5 attempts: HTTP 500"),
            ],
            marks);
    }

    [Fact]
    public void Rows_already_dead_lettered_or_missing_are_left_alone()
    {
        Assert.Empty(DeadLettering.Marks(["a", "b"], [Row("a", LedgerState.DeadLettered, "earlier")], attempts: 1));
    }

    [Fact]
    public void A_retry_without_a_reason_is_marked_saying_so()
    {
        var mark = Assert.Single(DeadLettering.Marks(["a"], [Row("a", LedgerState.Retrying)], attempts: 2));
        Assert.Equal("DeliveryIncomplete after 2 attempts: no reason given", mark.Reason);
    }

    [Fact]
    public void Only_a_batch_given_up_on_with_recipients_still_failing_marks_the_ledger()
    {
        var incomplete = BatchSettlement.After(new BatchOutcome(1, 0, 0, 0, 2, 0, ["HTTP 500"]), deliveryCount: 5, maxAttempts: 5);

        Assert.True(DeadLettering.MarksLedger(incomplete));
        Assert.False(DeadLettering.MarksLedger(BatchSettlement.Unreadable("not JSON")));
        Assert.False(DeadLettering.MarksLedger(BatchSettlement.After(new BatchOutcome(1, 0, 0, 0, 2, 0, ["HTTP 500"]), deliveryCount: 4, maxAttempts: 5)));
        Assert.False(DeadLettering.MarksLedger(BatchSettlement.HandBack));
        Assert.False(DeadLettering.MarksLedger(new Settlement(SettlementAction.Complete)));
    }
}
