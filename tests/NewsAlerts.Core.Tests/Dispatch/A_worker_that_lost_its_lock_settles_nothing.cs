namespace NewsAlerts.Core.Tests.Dispatch;

using NewsAlerts.Core.Dispatch;

/// <summary>
/// How a worker ends a batch, whatever ended its dispatch (<see cref="BatchSettlement.Once"/>): a lost lock settles
/// nothing, a stop hands back what is unfinished, and otherwise the outcome decides.
/// </summary>
public sealed class A_worker_that_lost_its_lock_settles_nothing
{
    private static readonly BatchOutcome Done = new(3, 0, 0, 0, 0, 0, []);
    private static readonly BatchOutcome Unfinished = new(1, 0, 0, 0, 2, 0, ["SMTP 421"]);

    [Fact]
    public void A_lost_lock_leaves_the_message_unsettled_whether_or_not_the_group_in_hand_finished()
    {
        Assert.Null(BatchSettlement.Once(outcome: null, stopping: false, lockLost: true, deliveryCount: 1, maxAttempts: 5));
        Assert.Null(BatchSettlement.Once(Done, stopping: false, lockLost: true, deliveryCount: 1, maxAttempts: 5));
        Assert.Null(BatchSettlement.Once(Unfinished, stopping: false, lockLost: true, deliveryCount: 5, maxAttempts: 5));
    }

    [Fact]
    public void A_stop_hands_back_an_unfinished_dispatch_and_settles_a_finished_one()
    {
        Assert.Equal(BatchSettlement.HandBack, BatchSettlement.Once(outcome: null, stopping: true, lockLost: false, deliveryCount: 1, maxAttempts: 5));
        Assert.Equal(BatchSettlement.HandBack, BatchSettlement.Once(outcome: null, stopping: true, lockLost: true, deliveryCount: 5, maxAttempts: 5));
        Assert.Equal(new Settlement(SettlementAction.Complete), BatchSettlement.Once(Done, stopping: true, lockLost: false, deliveryCount: 1, maxAttempts: 5));
    }

    [Fact]
    public void With_the_lock_held_and_no_stop_the_outcome_decides()
    {
        Assert.Equal(new Settlement(SettlementAction.Complete), BatchSettlement.Once(Done, stopping: false, lockLost: false, deliveryCount: 1, maxAttempts: 5));
        Assert.Equal(new Settlement(SettlementAction.Abandon), BatchSettlement.Once(Unfinished, stopping: false, lockLost: false, deliveryCount: 4, maxAttempts: 5));
        Assert.Equal(SettlementAction.DeadLetter, BatchSettlement.Once(Unfinished, stopping: false, lockLost: false, deliveryCount: 5, maxAttempts: 5)!.Action);
    }

    [Fact]
    public void A_dispatch_cancelled_for_no_known_reason_is_a_bug_not_a_settlement() =>
        Assert.Throws<InvalidOperationException>(() => BatchSettlement.Once(outcome: null, stopping: false, lockLost: false, deliveryCount: 1, maxAttempts: 5));
}
