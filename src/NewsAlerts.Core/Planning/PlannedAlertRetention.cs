namespace NewsAlerts.Core.Planning;

/// <summary>
/// How long a record of planned alerts (<see cref="Ports.IPlannedAlerts"/>) is kept. It matters only while a batch of
/// the story may still be on the queue without ledger rows: the dispatcher writes a ledger row for every recipient
/// within minutes of taking a batch, and the longest a batch waits before it is taken is the end of its recipients'
/// quiet hours, a daily window, so under 24 hours. After that the ledger (and the digest store) say who had the story,
/// and keeping subscriber ids longer would only keep what erasure and privacy say to let go of.
/// </summary>
public static class PlannedAlertRetention
{
    /// <summary>
    /// 48 hours: twice the longest wait for quiet hours to end (24 hours), so a batch scheduled at the start of the
    /// longest quiet hours and retried or redelivered for up to another day is still recorded when an upgrade or a
    /// follow-up of its story is planned.
    /// </summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromHours(48);

    /// <summary>Records last written before the returned instant are purged at <paramref name="now"/> (<c>now - KeepFor</c>).</summary>
    public static DateTimeOffset CutoffAt(DateTimeOffset now) => now - KeepFor;
}
