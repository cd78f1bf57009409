namespace NewsAlerts.Core.Planning;

using NewsAlerts.Core.Policy;

/// <summary>How a story reaches one matched subscriber: exactly one per subscriber (<see cref="MatchedOutcomes.Of"/>).</summary>
public enum MatchedOutcome
{
    /// <summary>An email or a text goes now.</summary>
    Now,

    /// <summary>A text goes at the end of their quiet hours (nothing now).</summary>
    AfterQuietHours,

    /// <summary>The story waits in their next email digest (nothing now or after quiet hours).</summary>
    Digest,

    /// <summary>Held back by a daily cap, with no email to carry it (recorded in the ledger).</summary>
    HeldByCap,

    /// <summary>Held back as stale by the end of quiet hours, with no email to carry it (recorded in the ledger).</summary>
    HeldStale,

    /// <summary>
    /// An earlier version of the story reached them or is on its way: a ledger row in any state, a queued alert or a
    /// digest entry, sent or pending (EarlierAlerts), so editors are not told "reached" of a digest not yet sent.
    /// </summary>
    AlreadySent,

    /// <summary>Their alerts are paused.</summary>
    Paused,

    /// <summary>Less urgent than they asked texts for, and no email to carry it.</summary>
    NotUrgentEnough,

    /// <summary>No channel is open to them: the email unsubscribed or unconfirmed, the number stopped (STOP) or unconfirmed.</summary>
    NoChannel,
}

/// <summary>
/// The matched subscribers of a plan counted by <see cref="MatchedOutcome"/>: every matched subscriber is in exactly one
/// count, so <see cref="Total"/> equals the matched subscribers and an editor's preview accounts for each (trial r32 #7:
/// 2 matched, "0 emails, 1 text", and no word on the one who had opted out of both channels).
/// </summary>
public sealed record MatchedOutcomes(
    int Now = 0, int AfterQuietHours = 0, int Digest = 0, int HeldByCap = 0, int HeldStale = 0, int AlreadySent = 0, int Paused = 0,
    int NotUrgentEnough = 0, int NoChannel = 0)
{
    /// <summary>
    /// <see cref="AlreadySent"/> split by where each one's earlier alert stands (<see cref="EarlierOutcomes"/>, adding up
    /// to it), when the plan was given the records (<see cref="EarlierRecords"/>); null otherwise.
    /// </summary>
    public EarlierOutcomes? Earlier { get; init; }

    /// <summary>
    /// Of <see cref="Digest"/>, the subscribers whose story went to their digest because a daily cap was reached (an email
    /// or a text that would have gone now); the others chose a digest or their text would be stale after quiet hours.
    /// </summary>
    public int DigestByCap { get; init; }

    /// <summary>All the subscribers counted: the matched subscribers of the plan.</summary>
    public int Total => Now + AfterQuietHours + Digest + HeldByCap + HeldStale + AlreadySent + Paused + NotUrgentEnough + NoChannel;

    /// <summary>
    /// One subscriber's outcome, the first that holds: paused; an alert now (on either channel); a text after quiet
    /// hours; a digest entry; held by a cap; held as stale; already reached by an earlier version (<paramref name="settled"/>);
    /// a text not wanted at this urgency; otherwise no channel open to them.
    /// </summary>
    /// <param name="paused">Whether their alerts are paused.</param>
    /// <param name="decisions">The policy's decision for each channel open to them (none when no channel is).</param>
    /// <param name="settled">Whether the ledger settled this story on a channel open to them (an earlier version went out).</param>
    /// <exception cref="ArgumentNullException"><paramref name="decisions"/> is null.</exception>
    public static MatchedOutcome Of(bool paused, IReadOnlyCollection<PolicyDecisionKind> decisions, bool settled)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var taken = 0;
        foreach (var decision in decisions)
        {
            taken |= Bit(decision);
        }

        return Of(paused, taken, settled);
    }

    /// <summary>
    /// As <see cref="Of(bool, IReadOnlyCollection{PolicyDecisionKind}, bool)"/> for a match's two channels: the email's
    /// decision and the text's, null where that channel was not decided. The planner calls this once per match, so it
    /// builds no list (the delivery policy's cost target: policy planning within 1.2x of plain planning).
    /// </summary>
    public static MatchedOutcome Of(bool paused, PolicyDecisionKind? email, PolicyDecisionKind? sms, bool settled) =>
        Of(paused, (email is { } byEmail ? Bit(byEmail) : 0) | (sms is { } byText ? Bit(byText) : 0), settled);

    private static int Bit(PolicyDecisionKind kind) => 1 << (int)kind;

    private static MatchedOutcome Of(bool paused, int taken, bool settled)
    {
        bool Has(PolicyDecisionKind kind) => (taken & Bit(kind)) != 0;
        return paused ? MatchedOutcome.Paused
            : Has(PolicyDecisionKind.SendNow) ? MatchedOutcome.Now
            : Has(PolicyDecisionKind.Schedule) ? MatchedOutcome.AfterQuietHours
            : Has(PolicyDecisionKind.Digest) ? MatchedOutcome.Digest
            : Has(PolicyDecisionKind.HeldByCap) ? MatchedOutcome.HeldByCap
            : Has(PolicyDecisionKind.HeldStale) ? MatchedOutcome.HeldStale
            : settled ? MatchedOutcome.AlreadySent
            : Has(PolicyDecisionKind.NotWanted) ? MatchedOutcome.NotUrgentEnough
            : MatchedOutcome.NoChannel;
    }

    /// <summary>The counts of <paramref name="outcomes"/>, one per subscriber.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="outcomes"/> is null.</exception>
    public static MatchedOutcomes Count(IEnumerable<MatchedOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        // A tally by value, not a grouping: this counts every match of an article.
        var counts = new int[Enum.GetValues<MatchedOutcome>().Length];
        foreach (var outcome in outcomes)
        {
            counts[(int)outcome]++;
        }

        int N(MatchedOutcome o) => counts[(int)o];
        return new MatchedOutcomes(
            N(MatchedOutcome.Now), N(MatchedOutcome.AfterQuietHours), N(MatchedOutcome.Digest), N(MatchedOutcome.HeldByCap), N(MatchedOutcome.HeldStale),
            N(MatchedOutcome.AlreadySent), N(MatchedOutcome.Paused), N(MatchedOutcome.NotUrgentEnough), N(MatchedOutcome.NoChannel));
    }
}
