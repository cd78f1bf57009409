namespace NewsAlerts.Core.Tests.Dispatch;

using NewsAlerts.Core.Dispatch;

public sealed class A_batch_is_settled_complete_abandoned_or_dead_lettered
{
    private static readonly BatchOutcome Done = new(3, 1, 1, 1, 0, 0, []);
    private static readonly BatchOutcome Unfinished = new(3, 0, 0, 0, 2, 0, ["429 Too Many Requests", "SMTP 421"]);

    [Fact]
    public void A_batch_whose_every_recipient_has_an_outcome_is_completed_even_with_failures()
    {
        Assert.Equal(new Settlement(SettlementAction.Complete), BatchSettlement.After(Done, deliveryCount: 5, maxAttempts: 5));
    }

    [Fact]
    public void A_batch_with_recipients_failing_for_now_goes_round_again_before_its_last_attempt()
    {
        Assert.Equal(new Settlement(SettlementAction.Abandon), BatchSettlement.After(Unfinished, deliveryCount: 4, maxAttempts: 5));
    }

    [Fact]
    public void A_batch_still_unfinished_at_its_last_attempt_is_dead_lettered_with_the_count_and_the_reasons()
    {
        var settlement = BatchSettlement.After(Unfinished, deliveryCount: 5, maxAttempts: 5);

        Assert.Equal(SettlementAction.DeadLetter, settlement.Action);
        Assert.Equal("DeliveryIncomplete", settlement.DeadLetterReason);
        Assert.Equal("2 recipients still failing after 5 attempts: 429 Too Many Requests; SMTP 421", settlement.DeadLetterDescription);
    }

    [Fact]
    public void A_message_that_is_not_a_batch_is_dead_lettered_as_malformed_with_the_problem()
    {
        Assert.Equal(
            new Settlement(SettlementAction.DeadLetter, "MalformedBatch", "The message is not a Sms delivery batch."),
            BatchSettlement.Unreadable("The message is not a Sms delivery batch."));
    }

    [Fact]
    public void A_batch_interrupted_by_a_stop_is_handed_back_to_the_queue()
    {
        Assert.Equal(SettlementAction.Abandon, BatchSettlement.HandBack.Action);
        Assert.Null(BatchSettlement.HandBack.DeadLetterReason);
    }
}
