namespace NewsAlerts.Core.Policy;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Plans an article under the delivery policy: each matched subscriber's email and SMS alert is decided by
/// <see cref="DeliveryPolicy.Decide"/> and lands in immediate batches, scheduled SMS batches, digest entries or the
/// held list. For subscribers who want everything at once with no quiet hours or caps (and those with no preferences
/// stored, <see cref="DeliveryPreferences.AsItHappens"/>), the immediate batches are exactly <see cref="AlertPlanner.Plan"/>'s.
/// Per-topic overrides apply to the topic that matched (<see cref="SubscriberMatch.TopicId"/>).
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
    /// <param name="earlier">
    /// The record of an earlier version's alert (channel, subscriber id), or null (<see cref="EarlierRecords.Of"/>): when
    /// given, it is what <paramref name="settled"/> answers (a record is an alert already there) and the plan's
    /// <see cref="MatchedOutcomes.Earlier"/> splits those already reached by where their alert stands.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> or <paramref name="matches"/> is null.</exception>
    public static PolicyPlan Plan(
        Article article, IReadOnlyList<SubscriberMatch> matches, DateTimeOffset now, TimeSpan staleAfter,
        Func<Channel, string, int>? sentToday = null, int batchSize = AlertPlanner.DefaultBatchSize,
        Func<Channel, string, bool>? suppressed = null, Func<Channel, string, bool>? settled = null, Func<Channel, string, EarlierRecord?>? earlier = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        sentToday ??= static (_, _) => 0;
        suppressed ??= static (_, _) => false;
        settled = earlier is null ? settled ?? (static (_, _) => false) : (channel, id) => earlier(channel, id) is not null;
        var earlierReached = new List<EarlierRecord>();
        var email = new List<BatchRecipient>();
        var sms = new List<BatchRecipient>();
        var scheduled = new SortedDictionary<DateTimeOffset, List<BatchRecipient>>();
        var digest = new Dictionary<(string, DateTimeOffset), DigestEntry>();
        var held = new List<HeldAlert>();
        int emailCapped = 0, smsCapped = 0, digestByCap = 0;
        // Why each digest entry is there: chosen, an email over its cap, a text over its cap, a text stale after quiet hours.
        int chosen = 0, movedByEmailCap = 0, movedBySmsCap = 0, staleTexts = 0;
        // How the story reaches each matched subscriber, one outcome each (MatchedOutcomes).
        var outcomes = new List<MatchedOutcome>(matches.Count);
        foreach (var match in matches.OrderBy(m => m.Subscriber.Id, StringComparer.Ordinal))
        {
            var subscriber = match.Subscriber;
            // A paused subscriber gets nothing: no alert, no scheduled text, no digest entry (Pauses).
            if (Pausing.Pauses.IsPaused(subscriber, now))
            {
                outcomes.Add(MatchedOutcome.Paused);
                continue;
            }

            var recipient = new BatchRecipient(subscriber.Id, match.Reason);
            var emailable = subscriber.WantsEmail && !suppressed(Channel.Email, subscriber.Email!);
            var zone = LocalClock.Zone(subscriber.TimeZone);
            var emailed = emailable && Settled(settled, Channel.Email, subscriber);
            PolicyDecisionKind? emailDecision = null;
            PolicyDecisionKind? smsDecision = null;
            var settledHere = emailed;
            var digestCapped = false;
            if (emailable && !emailed)
            {
                var decision = Decide(Channel.Email, article, match, zone, emailable, sentToday, now, staleAfter);
                if (Route(decision, Channel.Email, recipient, email, scheduled, digest, held, article, match.TopicId))
                {
                    movedByEmailCap += decision.ByCap ? 1 : 0;
                    chosen += decision.ByCap ? 0 : 1;
                }

                digestCapped |= decision is { ByCap: true, Kind: PolicyDecisionKind.Digest };
                emailCapped += decision is { ByCap: true, Kind: PolicyDecisionKind.Digest } ? 1 : 0;
                emailed = decision.Kind is PolicyDecisionKind.SendNow or PolicyDecisionKind.Schedule or PolicyDecisionKind.Digest;
                emailDecision = decision.Kind;
            }

            var textable = subscriber.SmsStatus == ContactStatus.Confirmed && !suppressed(Channel.Sms, subscriber.Phone!);
            settledHere |= textable && Settled(settled, Channel.Sms, subscriber);
            if (textable && !Settled(settled, Channel.Sms, subscriber))
            {
                var decision = Decide(Channel.Sms, article, match, zone, emailable, sentToday, now, staleAfter, emailCarriesStory: emailed);
                if (decision.Kind == PolicyDecisionKind.Digest && emailed)
                {
                    // The story reaches them by email already (sent, going now or in a digest): a held text must not
                    // bring it back in a digest a second time, so it is held as it would be without an email.
                    var withoutEmail = Decide(Channel.Sms, article, match, zone, hasEmail: false, sentToday, now, staleAfter);
                    decision = withoutEmail with { Reason = $"{withoutEmail.Reason}; the story reaches them by email" };
                }

                if (Route(decision, Channel.Sms, recipient, sms, scheduled, digest, held, article, match.TopicId))
                {
                    movedBySmsCap += decision.ByCap ? 1 : 0;
                    staleTexts += decision.ByCap ? 0 : 1;
                }

                digestCapped |= decision is { ByCap: true, Kind: PolicyDecisionKind.Digest };
                smsCapped += decision is { ByCap: true, Kind: PolicyDecisionKind.Digest } ? 1 : 0;
                smsDecision = decision.Kind;
            }

            var outcome = MatchedOutcomes.Of(paused: false, emailDecision, smsDecision, settledHere);
            outcomes.Add(outcome);
            digestByCap += outcome == MatchedOutcome.Digest && digestCapped ? 1 : 0;
            if (outcome == MatchedOutcome.AlreadySent && earlier is not null)
            {
                // The records of the channels that made them "already sent": an email open to them, a number open to them.
                var records = new List<EarlierRecord>(2);
                if (emailable)
                {
                    records.AddRange(RecordsOf(earlier, Channel.Email, subscriber));
                }

                if (textable)
                {
                    records.AddRange(RecordsOf(earlier, Channel.Sms, subscriber));
                }

                earlierReached.Add(EarlierRecords.Pick(records));
            }
        }

        var content = AlertPlanner.ContentOf(article);
        var immediate = Batches(Channel.Email, email, content, batchSize, 0, now).Concat(Batches(Channel.Sms, sms, content, batchSize, 0, now)).ToList();
        var number = immediate.Count(b => b.Channel == Channel.Sms);
        var later = new List<ScheduledBatch>();
        foreach (var (at, recipients) in scheduled)
        {
            var batches = Batches(Channel.Sms, recipients, content, batchSize, number, at).ToList();
            number += batches.Count;
            later.AddRange(batches.Select(b => new ScheduledBatch(at, b)));
        }

        return new PolicyPlan(immediate, later, [.. digest.Values.OrderBy(e => e.SubscriberId, StringComparer.Ordinal).ThenBy(e => e.DueAt)], held)
        {
            CappedToDigest = new Dictionary<Channel, int> { [Channel.Email] = emailCapped, [Channel.Sms] = smsCapped },
            Outcomes = MatchedOutcomes.Count(outcomes) with { Earlier = earlier is null ? null : EarlierOutcomes.Count(earlierReached), DigestByCap = digestByCap },
            DigestParts = new DigestEntryParts(chosen, movedByEmailCap, movedBySmsCap, staleTexts),
        };
    }

    /// <summary>What an editor sees of a plan: immediate alerts, digest entries, texts after quiet hours and held alerts, per channel.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="matches"/> or <paramref name="plan"/> is null.</exception>
    public static Reach ReachOf(IReadOnlyList<SubscriberMatch> matches, PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(plan);
        return AlertPlanner.ReachOf(matches, plan.Immediate) with
        {
            Batches = plan.Immediate.Count + plan.Scheduled.Count,
            EmailDigestEntries = plan.DigestEntries.Count,
            SmsScheduled = plan.ScheduledCount,
            SmsScheduledUntil = plan.Scheduled.Count == 0 ? null : plan.Scheduled.Max(s => s.At),
            SmsHeldByCap = plan.HeldCount(Channel.Sms, PolicyDecisionKind.HeldByCap),
            SmsHeldStale = plan.HeldCount(Channel.Sms, PolicyDecisionKind.HeldStale),
            EmailHeldByCap = plan.CappedToDigest.GetValueOrDefault(Channel.Email),
            SmsCappedToDigest = plan.CappedToDigest.GetValueOrDefault(Channel.Sms),
            Outcomes = plan.Outcomes,
            EmailDigestEntryParts = plan.DigestParts,
        };
    }

    // Every record of the subscriber's ids on a channel (their own, then merged duplicates').
    private static IEnumerable<EarlierRecord> RecordsOf(Func<Channel, string, EarlierRecord?> earlier, Channel channel, Subscriber subscriber)
    {
        if (earlier(channel, subscriber.Id) is { } own)
        {
            yield return own;
        }

        foreach (var id in subscriber.MergedIds ?? [])
        {
            if (earlier(channel, id) is { } merged)
            {
                yield return merged;
            }
        }
    }

    // Subscriber.LedgerIds without building the list: this runs per match.
    private static bool Settled(Func<Channel, string, bool> settled, Channel channel, Subscriber subscriber)
    {
        if (settled(channel, subscriber.Id))
        {
            return true;
        }

        if (subscriber.MergedIds is { } merged)
        {
            foreach (var id in merged)
            {
                if (settled(channel, id))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static PolicyDecision Decide(
        Channel channel, Article article, SubscriberMatch match, TimeZoneInfo zone, bool hasEmail, Func<Channel, string, int> sentToday, DateTimeOffset now, TimeSpan staleAfter,
        bool emailCarriesStory = false) =>
        DeliveryPolicy.Decide(
            new PlannedAlert(channel, article.Urgency, article.PublishedAt, match.TopicId),
            new PolicyRecipient(match.Subscriber.EffectivePreferences, zone, match.Subscriber.SmsMaxUrgency, hasEmail, SentToday(sentToday, channel, match.Subscriber), emailCarriesStory),
            now, staleAfter);

    // The cap counter is read only for a channel that has a cap: the count matters to nothing else in the decision.
    private static int SentToday(Func<Channel, string, int> sentToday, Channel channel, Subscriber subscriber) =>
        subscriber.EffectivePreferences.Caps.For(channel) is null ? 0 : sentToday(channel, subscriber.Id);

    // Returns whether it added a digest entry (an email and a text of one subscriber falling to one digest make one).
    private static bool Route(
        PolicyDecision decision, Channel channel, BatchRecipient recipient, List<BatchRecipient> now, SortedDictionary<DateTimeOffset, List<BatchRecipient>> scheduled,
        Dictionary<(string, DateTimeOffset), DigestEntry> digest, List<HeldAlert> held, Article article, string? topicId)
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
                return digest.TryAdd((recipient.SubscriberId, decision.At!.Value), new DigestEntry(recipient.SubscriberId, decision.At.Value, article.Id, topicId, recipient.Reason, article.PublishedAt));
            case PolicyDecisionKind.HeldStale or PolicyDecisionKind.HeldByCap:
                held.Add(new HeldAlert(recipient.SubscriberId, channel, decision.Kind, decision.Reason));
                break;
            default:
                break;
        }

        return false;
    }

    // Each batch carries when it is meant to go, so its alerts count on that local day whenever they are dispatched.
    private static IEnumerable<DeliveryBatch> Batches(Channel channel, List<BatchRecipient> recipients, AlertContent content, int batchSize, int firstNumber, DateTimeOffset plannedFor) =>
        BatchPacking.Pack(channel, recipients, content, batchSize, firstNumber, plannedFor);
}
