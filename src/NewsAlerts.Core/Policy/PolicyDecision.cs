namespace NewsAlerts.Core.Policy;

/// <summary>The delivery policy's answer for one planned alert.</summary>
/// <param name="Kind">Send now, schedule, digest, held or not wanted.</param>
/// <param name="At">For <see cref="PolicyDecisionKind.Schedule"/> when to send, for <see cref="PolicyDecisionKind.Digest"/> the digest's due time (UTC); else null.</param>
/// <param name="Reason">Why, in words for the ledger and reach reports (e.g. <c>quiet hours until 07:00</c>).</param>
/// <param name="ByCap">Whether a daily cap made it (held, or moved to a digest instead of going now).</param>
public sealed record PolicyDecision(PolicyDecisionKind Kind, DateTimeOffset? At, string Reason, bool ByCap = false)
{
    /// <summary>Send now.</summary>
    public static readonly PolicyDecision Now = new(PolicyDecisionKind.SendNow, null, "immediate");
}
