namespace NewsAlerts.Core.Tests.Dispatch;

using NewsAlerts.Core.Dispatch;

/// <summary>Which record and status writes may change an alert's ledger state, as a plain function.</summary>
public sealed class Ledger_states_only_move_forward
{
    [Theory]
    [InlineData(LedgerState.Claimed, LedgerState.Sent)]
    [InlineData(LedgerState.Claimed, LedgerState.Retrying)]
    [InlineData(LedgerState.Claimed, LedgerState.Failed)]
    [InlineData(LedgerState.Claimed, LedgerState.Skipped)]
    [InlineData(LedgerState.Retrying, LedgerState.Sent)]
    [InlineData(LedgerState.Retrying, LedgerState.DeadLettered)]
    [InlineData(LedgerState.DeadLettered, LedgerState.Sent)]
    [InlineData(LedgerState.DeadLettered, LedgerState.Retrying)]
    [InlineData(LedgerState.DeadLettered, LedgerState.Failed)]
    [InlineData(LedgerState.Sent, LedgerState.Delivered)]
    [InlineData(LedgerState.Sent, LedgerState.Failed)]
    [InlineData(LedgerState.Sent, LedgerState.Sent)]
    [InlineData(LedgerState.Delivered, LedgerState.Delivered)]
    public void A_write_forward_or_the_same_again_is_allowed(LedgerState from, LedgerState to)
    {
        Assert.True(LedgerTransitions.Allows(from, to));
    }

    [Theory]
    [InlineData(LedgerState.Delivered, LedgerState.Sent)]
    [InlineData(LedgerState.Failed, LedgerState.Sent)]
    [InlineData(LedgerState.Delivered, LedgerState.Failed)]
    [InlineData(LedgerState.Failed, LedgerState.Retrying)]
    [InlineData(LedgerState.Skipped, LedgerState.Sent)]
    [InlineData(LedgerState.Sent, LedgerState.Retrying)]
    [InlineData(LedgerState.Sent, LedgerState.Skipped)]
    [InlineData(LedgerState.Retrying, LedgerState.Claimed)]
    [InlineData(LedgerState.Sent, LedgerState.Claimed)]
    [InlineData(LedgerState.DeadLettered, LedgerState.Claimed)]
    [InlineData(LedgerState.Sent, LedgerState.DeadLettered)]
    [InlineData(LedgerState.Delivered, LedgerState.DeadLettered)]
    public void A_write_that_would_move_an_alert_back_is_refused(LedgerState from, LedgerState to)
    {
        Assert.False(LedgerTransitions.Allows(from, to));
    }

    [Fact]
    public void End_states_are_final()
    {
        foreach (var end in new[] { LedgerState.Delivered, LedgerState.Failed, LedgerState.Skipped })
        {
            Assert.All(Enum.GetValues<LedgerState>().Where(s => s != end), to => Assert.False(LedgerTransitions.Allows(end, to)));
        }
    }
}
