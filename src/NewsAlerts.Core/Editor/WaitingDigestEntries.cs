namespace NewsAlerts.Core.Editor;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Whether a digest entry not due yet will go out, judged as the digest's dispatch will judge it (<see cref="DigestDispatcher"/>:
/// subscriber gone or email not wanted, paused, address suppressed, in that order) from the subscriber as they stand now.
/// Trial s45 #9: the story page counted a paused reader's entry as scheduled, and its digest time as the next one,
/// although a digest due during a pause is dropped (README: "what happens meanwhile is not sent later").
/// </summary>
public static class WaitingDigestEntries
{
    /// <summary>The tally reason of an entry whose digest will find the address suppressed (as the dispatcher records it).</summary>
    public static readonly string SuppressedReason = $"{LedgerState.Skipped}: contact suppressed";

    /// <summary>The tally reason of an entry whose digest will find its subscriber gone or not wanting email.</summary>
    public static readonly string GoneReason = $"{LedgerState.Skipped}: {RecipientDecisions.SkippedReason}";

    /// <summary>The tally reason of an entry whose digest falls due during the subscriber's pause.</summary>
    public static readonly string PausedReason = $"{LedgerState.Skipped}: {Pausing.Pauses.PausedReason}";

    /// <summary>
    /// Why the entry due at <paramref name="dueAt"/> (UTC) will not be sent, in the form of a digest ledger row's state and
    /// reason (<c>Skipped: paused</c>), so the count stays on one line when the digest falls due and its row says the
    /// same; null when it will go. A pause counts when it still runs at the earliest moment the digest can be sent,
    /// <paramref name="dueAt"/> + <see cref="DigestRun.Grace"/> (pause end exclusive, <see cref="Pausing.Pauses.IsPaused(Subscriber, DateTimeOffset)"/>):
    /// a pause that ends before then lets the digest go. A digest frequency changed since does not stop an entry already
    /// recorded (the digest of that due time still goes), so it is not a reason.
    /// </summary>
    /// <param name="subscriber">The entry's subscriber now; null when gone (unsubscribed from everything, erased).</param>
    /// <param name="emailSuppressed">Whether their address is suppressed now (one-click unsubscribe, hard bounce, complaint).</param>
    /// <param name="dueAt">The entry's due time (UTC).</param>
    public static string? WhyNotSent(Subscriber? subscriber, bool emailSuppressed, DateTimeOffset dueAt)
    {
        if (subscriber is null || !AlertChannel.For(Channel.Email).Wants(subscriber, DeliveryPolicy.Flash))
        {
            return GoneReason;
        }

        if (Pausing.Pauses.IsPaused(subscriber, dueAt + DigestRun.Grace))
        {
            return PausedReason;
        }

        return emailSuppressed ? SuppressedReason : null;
    }
}
