namespace NewsAlerts.Core.Policy;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;

/// <summary>
/// Who hears that a story was withdrawn or corrected: exactly the subscribers the ledger shows received it (sent or
/// delivered) on the channels they got it, plus everyone whose sent digest contained it (by email), minus contacts
/// that are suppressed now or gone. A claimed row whose send never got recorded does not count: the ledger cannot
/// say it arrived; except in the look taken after the withdrawal was stored (<paramref name="inFlight"/>): a claim
/// seen then was taken by a dispatcher that may have read the story before it was withdrawn, so it may be sent. Either
/// way the follow-up goes only if the row shows the story received when the follow-up is sent (<see cref="FollowUps.FollowUpDecisions"/>).
/// </summary>
public static class RetractionRecipients
{
    /// <summary>The follow-ups for one story, one per subscriber and channel, ordered by subscriber id then channel.</summary>
    /// <param name="ledger">The ledger rows of the story's article versions, any channel.</param>
    /// <param name="digestRecipients">Subscribers whose sent digests contained the story.</param>
    /// <param name="contactOf">The subscriber's current contact on a channel (address or number), or null when they have none now.</param>
    /// <param name="suppressed">Whether a contact on a channel is suppressed.</param>
    /// <param name="inFlight">Whether claimed rows (sends under way) count as received too.</param>
    /// <param name="correctedIn">
    /// For a correction, its version: a row recorded sent as that version or a later one (<see cref="LedgerEntry.Version"/>,
    /// an alert still queued when the correction was stored goes out as the current text: <see cref="QueuedAlertContent"/>)
    /// already has the corrected facts and gets no follow-up. A row without a version (written before versions were
    /// recorded) counts as the old text. Null for a withdrawal: everyone who received the story hears of it.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<RetractionRecipient> Of(
        IEnumerable<LedgerEntry> ledger, IEnumerable<string> digestRecipients, Func<string, Channel, string?> contactOf, Func<Channel, string, bool> suppressed,
        bool inFlight = false, int? correctedIn = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(digestRecipients);
        ArgumentNullException.ThrowIfNull(contactOf);
        ArgumentNullException.ThrowIfNull(suppressed);
        return Received(ledger, digestRecipients, inFlight, correctedIn)
            .Where(r => contactOf(r.SubscriberId, r.Channel) is { } contact && !suppressed(r.Channel, contact))
            .OrderBy(r => r.SubscriberId, StringComparer.Ordinal)
            .ThenBy(r => r.Channel)
            .ToList();
    }

    /// <summary>
    /// Everyone the story reached on each channel, whether a follow-up can reach them now or not (see <see cref="Of"/>
    /// for the rule; <see cref="FollowUps.MissedFollowUps"/> counts those it cannot), each once.
    /// </summary>
    internal static IEnumerable<RetractionRecipient> Received(IEnumerable<LedgerEntry> ledger, IEnumerable<string> digestRecipients, bool inFlight, int? correctedIn) =>
        ledger
            .Where(row => row.State is LedgerState.Sent or LedgerState.Delivered || (inFlight && row.State == LedgerState.Claimed))
            .Where(row => correctedIn is not { } corrected || row.Version is not { } sentAs || sentAs < corrected)
            .Select(row => new RetractionRecipient(row.SubscriberId, row.Channel))
            .Concat(digestRecipients.Select(id => new RetractionRecipient(id, Channel.Email)))
            .Distinct();
}
