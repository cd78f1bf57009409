namespace NewsAlerts.Core.Editor;

/// <summary>A story's texts scheduled for the end of quiet hours, by where that time stands (<see cref="ScheduledTexts.Split"/>).</summary>
/// <param name="Waiting">Their time is still to come: "Scheduled (after quiet hours)".</param>
/// <param name="Due">Their time passed less than <see cref="ScheduledTexts.Grace"/> ago: due, on their way (counted as queued).</param>
/// <param name="Overdue">Their time passed longer ago than that: if they have no ledger row they were not delivered.</param>
public readonly record struct ScheduledSplit(int Waiting, int Due, int Overdue)
{
    /// <summary>All of them still to come (an audit entry that does not say when: older entries).</summary>
    public static ScheduledSplit AllWaiting(int count) => new(Math.Max(0, count), 0, 0);
}
