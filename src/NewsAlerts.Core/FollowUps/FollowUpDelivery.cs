namespace NewsAlerts.Core.FollowUps;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Matching;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;

/// <summary>
/// Reads what <see cref="FollowUpPlanner"/> decides from (the story's ledger rows, its digest entries, the earlier
/// recipients' contacts and suppressions) and carries a plan out: follow-up batches onto the alert queues (the
/// dispatcher claims each under <see cref="Planning.DeliveryBatch.LedgerKey"/>, so a repeat sends nothing twice) and the
/// withdrawn story's pending digest entries removed.
/// </summary>
public sealed class FollowUpDelivery(
    IDeliveryLedger ledger, IDigestStore digests, SubscriberMatcher index, ISubscriberStore subscribers, SuppressionList suppressions, IAlertPublisher publisher)
{
    /// <summary>
    /// Plans the follow-ups of <paramref name="article"/> (which carries a notice) without changing anything; with
    /// <paramref name="earlier"/> (the plan made before the version was stored), only those the ledger now shows that it
    /// has not, sends under way included (<see cref="FollowUpPlanner.Plan"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public async Task<FollowUpPlan> PlanAsync(Article article, CancellationToken cancellationToken, FollowUpPlan? earlier = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var rows = new List<LedgerEntry>();
        foreach (var channel in AlertChannel.All)
        {
            await foreach (var row in ledger.ListAsync(article.Id, channel.Kind, cancellationToken))
            {
                rows.Add(row);
            }
        }

        var entries = new List<DigestEntry>();
        await foreach (var entry in digests.ForArticleAsync(article.Id, cancellationToken))
        {
            entries.Add(entry);
        }

        // Only the earlier recipients are looked up: from memory (the index the publish just loaded), from the store for
        // anyone not there. Suppression as the planner knows it; the dispatcher asks the store again right before each send.
        var contacts = new Dictionary<(string, Channel), string>();
        var found = new Dictionary<string, Subscriber>(StringComparer.Ordinal);
        var suppressed = new HashSet<(Channel, string)>();
        var ids = rows.Select(r => r.SubscriberId).Concat(entries.Select(e => e.SubscriberId)).Distinct(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if ((index.Find(id) ?? await subscribers.GetAsync(id, cancellationToken)) is not { } subscriber)
            {
                continue;
            }

            found[id] = subscriber;
            foreach (var channel in AlertChannel.All)
            {
                if (channel.ContactOf(subscriber) is { } contact)
                {
                    contacts[(id, channel.Kind)] = contact;
                    if (suppressions.IsKnownSuppressed(channel.Kind, contact))
                    {
                        suppressed.Add((channel.Kind, contact));
                    }
                }
            }
        }

        var plan = FollowUpPlanner.Plan(
            article, rows, entries, (id, channel) => contacts.GetValueOrDefault((id, channel)), (channel, contact) => suppressed.Contains((channel, contact)), earlier: earlier);
        var texted = plan.Recipients.Where(r => r.Channel == Channel.Sms && found.ContainsKey(r.SubscriberId)).Select(r => found[r.SubscriberId]);
        // A follow-up email is written in its reader's language; one whose reader is gone is counted in English.
        var emailed = plan.Recipients.Where(r => r.Channel == Channel.Email).Select(r => found.GetValueOrDefault(r.SubscriberId));
        return plan with { SmsByCountry = SmsCountries.Count(texted), EmailsByLanguage = EmailLanguages.Count(emailed, []) };
    }

    /// <summary>Queues the follow-ups and drops the pending digest entries; repeating it repeats none of its effects.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public async Task CarryOutAsync(FollowUpPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        // Entries first: a digest due in between must not carry a withdrawn story (the follow-up covers sent digests only).
        if (plan.DroppedEntries.Count > 0)
        {
            await digests.RemoveAsync(plan.DroppedEntries, cancellationToken);
        }

        if (plan.Batches.Count > 0)
        {
            await publisher.PublishAsync(plan.Batches, cancellationToken);
        }
    }
}
