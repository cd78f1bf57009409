namespace NewsAlerts.Core.FollowUps;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Policy;

/// <summary>
/// How many people received a story and will get no follow-up of its withdrawal or major correction because they have
/// since stopped alerts (trial finding #6, issue 16): unsubscribed, replied STOP, bounced, were opted out by their carrier
/// or deleted themselves. The editor's preview and the story page say so with this count, so nobody thinks the
/// correction reached everyone the story did.
/// </summary>
public static class MissedFollowUps
{
    /// <summary>
    /// The people (distinct subscribers) the story reached, by the rule of <see cref="RetractionRecipients.Of"/> (sent or
    /// delivered rows, for a correction only those sent as an older version, plus readers of sent digests), none of
    /// whose channels that carried it now has a contact that is not suppressed: someone who stopped texts but still
    /// takes email gets the follow-up by email and is not counted.
    /// </summary>
    /// <param name="ledger">The ledger rows of the story's article versions, any channel.</param>
    /// <param name="digestRecipients">Subscribers whose sent digests contained the story.</param>
    /// <param name="contactOf">The subscriber's current contact on a channel, or null when they have none now (or are gone).</param>
    /// <param name="suppressed">Whether a contact on a channel is suppressed.</param>
    /// <param name="correctedIn">For a correction, its version (see <see cref="RetractionRecipients.Of"/>); null for a withdrawal.</param>
    /// <returns>0 or more.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int Count(
        IEnumerable<LedgerEntry> ledger, IEnumerable<string> digestRecipients, Func<string, Channel, string?> contactOf, Func<Channel, string, bool> suppressed,
        int? correctedIn = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(digestRecipients);
        ArgumentNullException.ThrowIfNull(contactOf);
        ArgumentNullException.ThrowIfNull(suppressed);
        return RetractionRecipients.Received(ledger, digestRecipients, inFlight: false, correctedIn)
            .GroupBy(r => r.SubscriberId, StringComparer.Ordinal)
            .Count(person => !person.Any(r => contactOf(r.SubscriberId, r.Channel) is { } contact && !suppressed(r.Channel, contact)));
    }
}
