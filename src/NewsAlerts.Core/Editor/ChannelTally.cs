namespace NewsAlerts.Core.Editor;

using NewsAlerts.Core.Delivery;

/// <summary>Where a story's alerts on one channel stand, for the editor console.</summary>
/// <param name="Channel">Email or SMS.</param>
/// <param name="Queued">Due now and not settled yet (not yet claimed, claimed, or retrying); texts waiting for quiet hours to end are <see cref="Scheduled"/>.</param>
/// <param name="Sent">Accepted by the provider, no delivery report yet.</param>
/// <param name="Delivered">Reported delivered by the provider.</param>
/// <param name="Failed">Will never go (permanent provider errors).</param>
/// <param name="NotSent">Not sent: on purpose (skipped, held by a cap or as stale), <see cref="Overdue"/>, or <see cref="Withdrawn"/>.</param>
/// <param name="Reasons">Why alerts failed or were not sent, with how many each, most first.</param>
public sealed record ChannelTally(Channel Channel, int Queued, int Sent, int Delivered, int Failed, int NotSent, IReadOnlyList<KeyValuePair<string, int>> Reasons)
{
    /// <summary>Why these messages were sent: the story's alert (the default) or a follow-up.</summary>
    public MessageKind Kind { get; init; }

    /// <summary>The version whose follow-ups these are (the withdrawing or correcting one); null for the alert.</summary>
    public int? Version { get; init; }

    /// <summary>Texts scheduled for the end of their recipients' quiet hours that have not gone yet (not counted in <see cref="Queued"/>).</summary>
    public int Scheduled { get; init; }

    /// <summary>
    /// Texts scheduled for the end of quiet hours whose time passed more than <see cref="ScheduledTexts.Grace"/> ago
    /// with nothing recorded: not delivered (counted in <see cref="NotSent"/>, with their reason; not in <see cref="Scheduled"/>).
    /// </summary>
    public int Overdue { get; init; }

    /// <summary>
    /// Alerts that will not go because the story was withdrawn before they went (no row yet, or retrying): counted in
    /// <see cref="NotSent"/> with the reason "story withdrawn" at once, not in <see cref="Queued"/> or <see cref="Scheduled"/>.
    /// </summary>
    public int Withdrawn { get; init; }

    /// <summary>
    /// Alerts whose batch was dead-lettered after its last attempt while they were still failing (not counted in
    /// <see cref="Queued"/>): they go only if an operator replays the batch (<c>newsalerts dlq replay</c>).
    /// </summary>
    public int DeadLettered { get; init; }

    /// <summary>
    /// Whether the story has no audit entry (it came from a feed or WebSub), so nothing says how many were planned: the
    /// counts are the ledger's alone, and alerts not picked up yet are not among them.
    /// </summary>
    public bool LedgerOnly { get; init; }

    /// <summary>Whether some alerts are due now and still on their way (the console keeps refreshing; scheduled texts do not count).</summary>
    public bool Sending => Queued > 0;
}
