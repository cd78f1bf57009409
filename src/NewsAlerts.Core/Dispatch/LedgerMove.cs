namespace NewsAlerts.Core.Dispatch;

/// <summary>
/// Which record of one alert is kept when a merged duplicate's ledger record moves to its survivor
/// (<see cref="IDeliveryLedger.MoveSubscriberAsync"/>): the survivor's own, unless it has none or it is still open
/// (claimed, retrying or dead-lettered) while the duplicate's is settled (its alert went out, failed or was skipped).
/// </summary>
public static class LedgerMove
{
    /// <summary>Whether the duplicate's record (<paramref name="moving"/>) replaces the survivor's (<paramref name="kept"/>, null: none).</summary>
    public static bool MovingWins(LedgerState moving, LedgerState? kept) => kept is not { } own || (IsOpen(own) && !IsOpen(moving));

    private static bool IsOpen(LedgerState state) => state is LedgerState.Claimed or LedgerState.Retrying or LedgerState.DeadLettered;
}
