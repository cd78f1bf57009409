namespace NewsAlerts.Core.FollowUps;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Policy;

/// <summary>
/// Plans the follow-ups of a withdrawal or a major correction (pure): exactly the earlier recipients the ledger shows
/// (<see cref="RetractionRecipients"/>) on the channels they got the story, plus the readers of sent digests that
/// carried it (by email), minus suppressed contacts; it counts the people it cannot reach any more (<see cref="MissedFollowUps"/>). A withdrawn story's pending digest entries are dropped; a
/// corrected story's stay, as the digest reads the latest version when it is written.
/// </summary>
public static class FollowUpPlanner
{
    /// <summary>The reason a follow-up gives for reaching its recipient.</summary>
    public const string Reason = "you were sent this story earlier";

    /// <summary>Plans the follow-ups of <paramref name="article"/>, the version carrying the notice.</summary>
    /// <param name="article">The withdrawing or correcting version (its <see cref="Article.Notice"/> is set).</param>
    /// <param name="ledger">The ledger rows of the story's alerts, every channel and version.</param>
    /// <param name="digestEntries">Every digest entry of the story, pending or sent.</param>
    /// <param name="contactOf">A subscriber's current contact on a channel, or null when they have none now.</param>
    /// <param name="suppressed">Whether a contact on a channel is suppressed.</param>
    /// <param name="batchSize">Recipients per batch.</param>
    /// <param name="earlier">
    /// The plan made before the version was stored, for the second look after it was stored (null for the first): only
    /// recipients it does not have, claimed rows included (<see cref="RetractionRecipients.Of"/>'s <c>inFlight</c>).
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="article"/> carries no notice.</exception>
    public static FollowUpPlan Plan(
        Article article, IEnumerable<LedgerEntry> ledger, IReadOnlyCollection<DigestEntry> digestEntries,
        Func<string, Channel, string?> contactOf, Func<Channel, string, bool> suppressed, int batchSize = AlertPlanner.DefaultBatchSize,
        FollowUpPlan? earlier = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(digestEntries);
        var notice = article.Notice ?? throw new ArgumentException("The article carries no withdrawal or correction.", nameof(article));
        var readers = digestEntries.Where(e => e.State == DigestEntryState.Sent).Select(e => e.SubscriberId);
        var planned = earlier?.Recipients.ToHashSet() ?? [];
        var rows = ledger as IReadOnlyCollection<LedgerEntry> ?? [.. ledger];
        int? correctedIn = notice.Kind == NoticeKind.Withdrawn ? null : article.Version;
        var recipients = RetractionRecipients.Of(
            rows, readers, contactOf, suppressed, inFlight: earlier is not null, correctedIn).Where(r => !planned.Contains(r)).ToList();
        var dropped = notice.Kind == NoticeKind.Withdrawn ? digestEntries.Where(e => e.State == DigestEntryState.Pending).ToList() : [];

        // Urgency 1: a subscriber who got the story on a channel takes its follow-up there, whatever their threshold now.
        var content = AlertPlanner.ContentOf(article) with { Urgency = 1, Notice = notice, Summary = notice.Note ?? string.Empty };
        var batches = recipients
            .GroupBy(r => r.Channel)
            .OrderBy(g => g.Key)
            .SelectMany(channel => BatchPacking.Pack(channel.Key, channel.Select(r => new BatchRecipient(r.SubscriberId, Reason)), content, batchSize))
            .ToList();
        // Counted on the first look only: the second adds late recipients, not people who stopped.
        var missed = earlier is null ? MissedFollowUps.Count(rows, readers, contactOf, suppressed, correctedIn) : 0;
        return new FollowUpPlan(batches, recipients, dropped) { Missed = missed };
    }
}
