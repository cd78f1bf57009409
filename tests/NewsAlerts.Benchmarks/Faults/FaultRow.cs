namespace NewsAlerts.Benchmarks.Faults;

/// <summary>One fault's figures.</summary>
/// <param name="Fault">The fault.</param>
/// <param name="Sent">Alerts the article made (one per recipient and channel).</param>
/// <param name="Delivered">Distinct alerts the sinks received.</param>
/// <param name="Duplicated">Alerts received more than once.</param>
/// <param name="InWindow">Of those, alerts whose ledger row was Claimed when a process was killed or restarted (kill and restart faults only).</param>
/// <param name="WindowBound">Alerts Claimed at that moment: the most that may double.</param>
/// <param name="DeadLettered">Batches dead-lettered during the run.</param>
/// <param name="LedgerSent">Ledger rows Sent or Delivered.</param>
/// <param name="Seconds">From publishing to the last alert counted.</param>
/// <param name="Note">What went wrong with the run itself, if anything.</param>
internal sealed record FaultRow(
    Fault Fault, int Sent, int Delivered, int Duplicated, int InWindow, int WindowBound, int DeadLettered, int LedgerSent, double Seconds, string? Note)
{
    /// <summary>Alerts never received.</summary>
    public int Lost => Sent - Delivered;

    /// <summary>Duplicates the crash window does not explain.</summary>
    public int OutsideWindow => Duplicated - InWindow;

    /// <summary>Whether the run kept the promise: nothing lost, nothing dead-lettered, nothing doubled outside the window.</summary>
    public bool Kept => Lost == 0 && DeadLettered == 0 && OutsideWindow == 0 && Note is null;
}
