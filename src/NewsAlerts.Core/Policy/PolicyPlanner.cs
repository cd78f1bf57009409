namespace NewsAlerts.Core.Policy;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Plans an article under the delivery policy: each matched subscriber's email and SMS alert is decided by
/// <see cref="DeliveryPolicy.Decide"/> and lands in immediate batches, scheduled SMS batches, digest entries or the
/// held list. For subscribers who want everything at once with no quiet hours or caps, the immediate batches are
/// exactly <see cref="AlertPlanner.Plan"/>'s. Per-topic overrides are not applied yet: a match does not carry the
/// id of the topic that matched.
/// </summary>
public static class PolicyPlanner
{
    /// <summary>Plans the article at <paramref name="now"/>.</summary>
    /// <param name="article">The article.</param>
    /// <param name="matches">Who it matched.</param>
    /// <param name="now">The planning time.</param>
    /// <param name="staleAfter">How old a story may be when a text held by quiet hours goes out.</param>
    /// <param name="sentToday">Alerts already sent to a subscriber on a channel in their local day (channel, subscriber id).</param>
    /// <param name="batchSize">Most recipients per batch.</param>
    /// <param name="suppressed">Whether a contact (channel, address or number) is suppressed.</param>
    /// <param name="settled">Whether the ledger already settled this article's alert (channel, subscriber id).</param>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> or <paramref name="matches"/> is null.</exception>
    public static PolicyPlan Plan(
        Article article, IReadOnlyList<SubscriberMatch> matches, DateTimeOffset now, TimeSpan staleAfter,
        Func<Channel, string, int>? sentToday = null, int batchSize = AlertPlanner.DefaultBatchSize,
        Func<Channel, string, bool>? suppressed = null, Func<Channel, string, bool>? settled = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        sentToday ??= static (_, _) => 0;
        suppressed ??= static (_, _) => false;
        settled ??= static (_, _) => false;
        var email = new List<BatchRecipient>();
        var sms = new List<BatchRecipient>();
        var scheduled = new SortedDictionary<DateTimeOffset, List<BatchRecipient>>();
        var digest = new Dictionary<(string, DateTimeOffset), DigestEntry>();
        var held = new List<HeldAlert>();
        foreach (var match in matches.OrderBy(m => m.Subscriber.Id, StringComparer.Ordinal))
        {
            var subscriber = match.Subscriber;
            var recipient = new BatchRecipient(subscriber.Id, match.Reason);
            var emailable = subscriber.WantsEmail && !suppressed(Channel.Email, subscriber.Email!);
            var zone = LocalClock.Zone(subscriber.TimeZone);
            if (emailable && !settled(Channel.Email, subscriber.Id))
            {
                var decision = Decide(Channel.Email, article, subscriber, zone, emailable, sentToday, now, staleAfter);
                Route(decision, Channel.Email, recipient, email, scheduled, digest, held, article);
            }

            if (subscriber.SmsStatus == ContactStatus.Confirmed && !suppressed(Channel.Sms, subscriber.Phone!) && !settled(Channel.Sms, subscriber.Id))
            {
                var decision = Decide(Channel.Sms, article, subscriber, zone, emailable, sentToday, now, staleAfter);
                Route(decision, Channel.Sms, recipient, sms, scheduled, digest, held, article);
            }
        }

        var content = AlertPlanner.ContentOf(article);
        var immediate = Batches(Channel.Email, email, content, batchSize, 0).Concat(Batches(Channel.Sms, sms, content, batchSize, 0)).ToList();
        var number = immediate.Count(b => b.Channel == Channel.Sms);
        var later = new List<ScheduledBatch>();
        foreach (var (at, recipients) in scheduled)
        {
            var batches = Batches(Channel.Sms, recipients, content, batchSize, number).ToList();
            number += batches.Count;
            later.AddRange(batches.Select(b => new ScheduledBatch(at, b)));
        }

        return new PolicyPlan(immediate, later, [.. digest.Values.OrderBy(e => e.SubscriberId, StringComparer.Ordinal).ThenBy(e => e.DueAt)], held);
    }

    private static PolicyDecision Decide(
        Channel channel, Article article, Subscriber subscriber, TimeZoneInfo zone, bool hasEmail, Func<Channel, string, int> sentToday, DateTimeOffset now, TimeSpan staleAfter) =>
        DeliveryPolicy.Decide(
            new PlannedAlert(channel, article.Urgency, article.PublishedAt, TopicId: null),
            new PolicyRecipient(subscriber.EffectivePreferences, zone, subscriber.SmsMaxUrgency, hasEmail, sentToday(channel, subscriber.Id)),
            now, staleAfter);

    private static void Route(
        PolicyDecision decision, Channel channel, BatchRecipient recipient, List<BatchRecipient> now, SortedDictionary<DateTimeOffset, List<BatchRecipient>> scheduled,
        Dictionary<(string, DateTimeOffset), DigestEntry> digest, List<HeldAlert> held, Article article)
    {
        switch (decision.Kind)
        {
            case PolicyDecisionKind.SendNow:
                now.Add(recipient);
                break;
            case PolicyDecisionKind.Schedule:
                if (!scheduled.TryGetValue(decision.At!.Value, out var list))
                {
                    scheduled[decision.At.Value] = list = [];
                }

                list.Add(recipient);
                break;
            case PolicyDecisionKind.Digest:
                // An email and a text that both fall to the same digest make one entry.
                digest.TryAdd((recipient.SubscriberId, decision.At!.Value), new DigestEntry(recipient.SubscriberId, decision.At.Value, article.Id, null, recipient.Reason, article.PublishedAt));
                break;
            case PolicyDecisionKind.HeldStale or PolicyDecisionKind.HeldByCap:
                held.Add(new HeldAlert(recipient.SubscriberId, channel, decision.Kind, decision.Reason));
                break;
            default:
                break;
        }
    }

    private static IEnumerable<DeliveryBatch> Batches(Channel channel, List<BatchRecipient> recipients, AlertContent content, int batchSize, int firstNumber) =>
        recipients.Chunk(batchSize).Select((chunk, i) => new DeliveryBatch(channel, firstNumber + i, content, chunk));
}
