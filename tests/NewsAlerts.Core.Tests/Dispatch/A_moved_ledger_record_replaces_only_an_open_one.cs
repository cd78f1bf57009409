namespace NewsAlerts.Core.Tests.Dispatch;

using NewsAlerts.Core.Dispatch;

public sealed class A_moved_ledger_record_replaces_only_an_open_one
{
    [Theory]
    [InlineData(LedgerState.Sent, null, true)]
    [InlineData(LedgerState.Claimed, null, true)]
    [InlineData(LedgerState.Sent, LedgerState.Claimed, true)]
    [InlineData(LedgerState.Skipped, LedgerState.Retrying, true)]
    [InlineData(LedgerState.Claimed, LedgerState.Claimed, false)]
    [InlineData(LedgerState.Sent, LedgerState.Delivered, false)]
    [InlineData(LedgerState.Delivered, LedgerState.Failed, false)]
    [InlineData(LedgerState.Retrying, LedgerState.Sent, false)]
    [InlineData(LedgerState.Sent, LedgerState.DeadLettered, true)]
    [InlineData(LedgerState.DeadLettered, LedgerState.Sent, false)]
    public void The_duplicates_record_wins_where_the_survivor_has_none_or_only_an_open_one(LedgerState moving, LedgerState? kept, bool wins) =>
        Assert.Equal(wins, LedgerMove.MovingWins(moving, kept));
}
