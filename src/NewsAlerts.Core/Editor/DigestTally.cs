namespace NewsAlerts.Core.Editor;

/// <summary>Where a story's email digest entries stand, for the editor console (one entry: one subscriber's digest carrying the story).</summary>
/// <param name="Waiting">Entries whose digest is not due yet and will carry them (an entry a pause, a stop or a suppression will keep out is <paramref name="NotSent"/>).</param>
/// <param name="NextDue">The earliest due time (UTC) of the <paramref name="Waiting"/> entries (digests that will go); null when none waits.</param>
/// <param name="Due">Entries whose digest is due and not settled yet (being queued, claimed or retrying, or carried to the next digest).</param>
/// <param name="InDigest">Entries that went out: marked sent, and their digest's ledger row says sent or delivered.</param>
/// <param name="Failed">Entries whose digest failed for good (a permanent provider error).</param>
/// <param name="DeadLettered">Entries whose digest was dead-lettered after its last attempt.</param>
/// <param name="NotSent">Entries whose digest was not sent on purpose (suppressed address, paused subscriber, every story withdrawn), or not due yet and will not be sent for such a reason.</param>
/// <param name="Reasons">Why digests carrying the story failed, were dead-lettered or not sent, with how many each, most first.</param>
/// <param name="Counted">How many entries the counts cover.</param>
/// <param name="Partial">Whether the story has more entries than were counted (the counts are of the first <paramref name="Counted"/>, earliest due first).</param>
public sealed record DigestTally(
    int Waiting, DateTimeOffset? NextDue, int Due, int InDigest, int Failed, int DeadLettered, int NotSent,
    IReadOnlyList<KeyValuePair<string, int>> Reasons, int Counted, bool Partial)
{
    /// <summary>Whether some digests carrying the story are due and still on their way (the console keeps refreshing).</summary>
    public bool Sending => Due > 0;
}
