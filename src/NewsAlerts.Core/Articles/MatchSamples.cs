namespace NewsAlerts.Core.Articles;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Privacy;
using NewsAlerts.Core.Words;

/// <summary>
/// Picks the examples an editor sees of who a plan reaches and why: first one subscriber for each way the plan reaches
/// people (email now, text now, text after quiet hours, digest), then the rest in match order, up to a limit; each
/// example names its ways and never the subscriber's id or contacts (a topic or reason holding an address or number is
/// masked, ContactsInText; issue 17 trial: 4 of 6 shown, the text-only ones
/// missing, raw ids listed).
/// </summary>
public static class MatchSamples
{
    /// <summary>
    /// The examples, at most <paramref name="max"/>, covering every way in <paramref name="plan"/>; topics and reasons
    /// masked by <paramref name="mask"/> (null: <see cref="ContactMask.Default"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="matches"/> or <paramref name="plan"/> is null.</exception>
    public static IReadOnlyList<MatchSample> Pick(IReadOnlyList<SubscriberMatch> matches, PolicyPlan plan, int max = 10, ContactMask? mask = null)
    {
        mask ??= ContactMask.Default;
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(plan);
        var ways = new Dictionary<string, SortedSet<SampleWay>>(StringComparer.Ordinal);
        void Add(string id, SampleWay way)
        {
            if (!ways.TryGetValue(id, out var set))
            {
                ways[id] = set = [];
            }

            set.Add(way);
        }

        foreach (var batch in plan.Immediate)
        {
            foreach (var r in batch.Recipients)
            {
                Add(r.SubscriberId, batch.Channel == Channel.Email ? SampleWay.EmailNow : SampleWay.TextNow);
            }
        }

        foreach (var r in plan.Scheduled.SelectMany(s => s.Batch.Recipients))
        {
            Add(r.SubscriberId, SampleWay.TextLater);
        }

        foreach (var e in plan.DigestEntries)
        {
            Add(e.SubscriberId, SampleWay.Digest);
        }

        var reached = matches.Where(m => ways.ContainsKey(m.Subscriber.Id)).DistinctBy(m => m.Subscriber.Id, StringComparer.Ordinal).ToList();
        var picked = new List<SubscriberMatch>();
        foreach (var way in Enum.GetValues<SampleWay>())
        {
            if (picked.Count < max && !picked.Any(p => ways[p.Subscriber.Id].Contains(way))
                && reached.FirstOrDefault(m => ways[m.Subscriber.Id].Contains(way) && !picked.Contains(m)) is { } first)
            {
                picked.Add(first);
            }
        }

        picked.AddRange(reached.Where(m => !picked.Contains(m)).Take(max - picked.Count));
        return [.. reached.Where(picked.Contains).Select(m => new MatchSample(m.Subscriber.Id, mask.Mask(m.Topic)!, mask.Mask(ReasonWords.Of(m.Reason, null))!) { Ways = [.. ways[m.Subscriber.Id]], ReasonValues = m.Reason })];
    }
}
