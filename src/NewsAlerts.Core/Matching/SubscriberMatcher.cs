namespace NewsAlerts.Core.Matching;

using System.Collections.Concurrent;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Matching.Explanations;
using NewsAlerts.Matching.Index;

/// <summary>
/// The percolator index of every subscriber's topics, kept in step with subscriber changes. Matching runs on
/// other threads against consistent snapshots while topics are added and removed.
/// </summary>
public sealed class SubscriberMatcher : ISubscriberReplica
{
    private readonly Lock writeLock = new();
    private readonly Dictionary<string, HashSet<string>> topicIdsBySubscriber = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Subscriber> subscribers = new(StringComparer.Ordinal);
    // Old duplicates folded into a survivor (rare: only until the merge migration runs), for erasing the whole person.
    private readonly ConcurrentDictionary<string, string> foldedInto = new(StringComparer.Ordinal);
    private volatile PercolatorIndex index;
    private int optimizedAtArticles;

    /// <summary>Creates an empty index, or one around a loaded snapshot.</summary>
    public SubscriberMatcher(PercolatorIndex? index = null) => this.index = index ?? new PercolatorIndex();

    /// <summary>The underlying percolator (for snapshots).</summary>
    public PercolatorIndex Index => index;

    /// <summary>Every subscriber known to this index (for snapshots).</summary>
    public IReadOnlyCollection<Subscriber> Subscribers => subscribers.Values.ToList();

    /// <summary>The number of topics indexed.</summary>
    public int Count => Index.Count;

    /// <summary>The subscription id of one topic of one subscriber.</summary>
    public static string SubscriptionId(string subscriberId, string topicId) => $"{subscriberId}/{topicId}";

    /// <summary>The topic id within a subscription id made by <see cref="SubscriptionId"/>.</summary>
    public static string TopicIdOf(string subscriptionId, string subscriberId)
    {
        ArgumentNullException.ThrowIfNull(subscriptionId);
        ArgumentNullException.ThrowIfNull(subscriberId);
        return subscriptionId.Length > subscriberId.Length + 1 && subscriptionId.StartsWith(subscriberId + "/", StringComparison.Ordinal)
            ? subscriptionId[(subscriberId.Length + 1)..]
            : subscriptionId;
    }

    /// <summary>Adds or replaces the subscriber's topics (removing those they no longer follow).</summary>
    public void Upsert(Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        UpsertMany([subscriber]);
    }

    /// <summary>
    /// Adds or replaces many subscribers' topics in one write to the percolator: a full load of N subscribers
    /// compiles and publishes once instead of N times.
    /// </summary>
    public void UpsertMany(IReadOnlyCollection<Subscriber> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);

        // A subscriber listed twice counts as its last version: the earlier one's topics were never indexed.
        var latest = new Dictionary<string, Subscriber>(batch.Count, StringComparer.Ordinal);
        foreach (var subscriber in batch)
        {
            ArgumentNullException.ThrowIfNull(subscriber);
            latest[subscriber.Id] = subscriber;
        }

        lock (writeLock)
        {
            var added = new List<TopicSubscription>();
            foreach (var subscriber in latest.Values)
            {
                var wanted = subscriber.Topics.Select(t => SubscriptionId(subscriber.Id, t.Id)).ToHashSet(StringComparer.Ordinal);
                if (topicIdsBySubscriber.TryGetValue(subscriber.Id, out var existing))
                {
                    foreach (var gone in existing.Where(id => !wanted.Contains(id)))
                    {
                        Index.Remove(gone);
                    }
                }

                added.AddRange(subscriber.Topics.Select(t =>
                    new TopicSubscription(SubscriptionId(subscriber.Id, t.Id), subscriber.Id, t.Text, t.Exact, t.Language ?? subscriber.Language, subscriber.Languages)));
                topicIdsBySubscriber[subscriber.Id] = wanted;
                subscribers[subscriber.Id] = subscriber;
                NoteFolded(subscriber);
            }

            Index.AddRange(added);
        }
    }

    /// <summary>
    /// Takes over a compiled index loaded from a snapshot together with the subscribers it was built from, so a cold
    /// instance skips parsing and compiling every topic.
    /// </summary>
    public void Restore(PercolatorIndex compiled, IEnumerable<Subscriber> known)
    {
        ArgumentNullException.ThrowIfNull(compiled);
        ArgumentNullException.ThrowIfNull(known);
        lock (writeLock)
        {
            index = compiled;
            optimizedAtArticles = compiled.ObservedArticles;
            subscribers.Clear();
            topicIdsBySubscriber.Clear();
            foreach (var subscriber in known)
            {
                subscribers[subscriber.Id] = subscriber;
                topicIdsBySubscriber[subscriber.Id] = subscriber.Topics.Select(t => SubscriptionId(subscriber.Id, t.Id)).ToHashSet(StringComparer.Ordinal);
                NoteFolded(subscriber);
            }
        }
    }

    /// <summary>
    /// Re-chooses the presearch keys from the articles matched so far (<see cref="PercolatorIndex.Optimize"/>) when at
    /// least <see cref="PercolatorIndex.MinimumArticlesForStatistics"/> more were seen since the last time; matching
    /// goes on meanwhile. True when it re-chose them.
    /// </summary>
    public bool OptimizeIfDue()
    {
        var current = index;
        var seen = current.ObservedArticles;
        if (seen - Volatile.Read(ref optimizedAtArticles) < PercolatorIndex.MinimumArticlesForStatistics || !current.Optimize())
        {
            return false;
        }

        Volatile.Write(ref optimizedAtArticles, seen);
        return true;
    }

    /// <inheritdoc />
    public Subscriber? Find(string subscriberId) => subscribers.GetValueOrDefault(subscriberId);

    /// <inheritdoc />
    public string? SurvivorOf(string duplicateId) =>
        foldedInto.TryGetValue(duplicateId, out var survivor) && Find(survivor)?.MergedIds?.Contains(duplicateId) == true ? survivor : null;

    private void NoteFolded(Subscriber subscriber)
    {
        foreach (var duplicate in subscriber.MergedIds ?? [])
        {
            foldedInto[duplicate] = subscriber.Id;
        }
    }

    /// <summary>Removes every topic of a subscriber.</summary>
    public void Remove(string subscriberId)
    {
        lock (writeLock)
        {
            subscribers.TryRemove(subscriberId, out _);
            if (topicIdsBySubscriber.Remove(subscriberId, out var ids))
            {
                foreach (var id in ids)
                {
                    Index.Remove(id);
                }
            }
        }
    }

    /// <summary>
    /// Matches an article: for each subscriber with a matching topic, the first topic that matched as they wrote it and
    /// why, its words quoted as they wrote them (<see cref="TopicWords.WrittenAs(string?, string)"/>), never the matcher's folded key.
    /// </summary>
    public IReadOnlyList<SubscriberMatch> Match(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var document = article.ToDocument();
        var bySubscriber = new Dictionary<string, (Subscriber Subscriber, MatchExplanation First, TopicSubscription Subscription, int Count)>(StringComparer.Ordinal);

        // One explanation per distinct topic, fanned out to its subscriptions without a match object per subscriber.
        foreach (var topic in Index.MatchTopics(document))
        {
            foreach (var subscription in topic.Subscriptions)
            {
                if (bySubscriber.TryGetValue(subscription.SubscriberId, out var seen))
                {
                    bySubscriber[subscription.SubscriberId] = seen with { Count = seen.Count + 1 };
                }
                else if (subscribers.TryGetValue(subscription.SubscriberId, out var subscriber))
                {
                    // A subscriber removed between the index snapshot and this read is skipped.
                    bySubscriber[subscription.SubscriberId] = (subscriber, topic.Explanation, subscription, 1);
                }
            }
        }

        // Reasoned once per topic and spelling, not per subscriber: many people share a topic, most of them written
        // alike. The spelling is the subscription's stored topic text (the index keeps it anyway), read again here rather
        // than kept per word in the index. Kept as values (MatchReasonText) and worded in each reader's language when
        // shown (ReasonWords), so the history follows a change of language.
        var words = new Dictionary<(MatchExplanation, string), string>(ExplanationAndText.Instance);
        var matches = bySubscriber.Values
            .Select(m => new SubscriberMatch(
                m.Subscriber, WrittenTopic(m.Subscription, m.First), Words(m.First, m.Subscription.Topic), m.Count, TopicIdOf(m.Subscription.Id, m.Subscriber.Id)))
            .ToList();
        return matches;

        string Words(MatchExplanation explanation, string written) =>
            words.TryGetValue((explanation, written), out var said)
                ? said
                : words[(explanation, written)] = MatchReasonText.Write(MatchReason.Of(explanation, document, written));
    }

    // The topic as the subscriber wrote it (one line); the normalised text when the stored one is blank.
    // Runs once per matched subscriber: a topic already on one line (nearly all) is returned without a copy.
    private static string WrittenTopic(TopicSubscription subscription, MatchExplanation explanation) =>
        string.IsNullOrWhiteSpace(subscription.Topic) ? explanation.Topic
        : IsOneLine(subscription.Topic) ? subscription.Topic
        : string.Join(' ', subscription.Topic.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool IsOneLine(string text) =>
        !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]) && OneSpaceApart(text);

    // Words parted by single ASCII spaces only, as Split and Join would leave them (the last character is not a space,
    // so a space always has a next one).
    private static bool OneSpaceApart(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || char.IsWhiteSpace(text[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    // The explanation by reference (one per distinct topic), the text by value.
    private sealed class ExplanationAndText : IEqualityComparer<(MatchExplanation Explanation, string Text)>
    {
        public static readonly ExplanationAndText Instance = new();

        public bool Equals((MatchExplanation Explanation, string Text) x, (MatchExplanation Explanation, string Text) y) =>
            ReferenceEquals(x.Explanation, y.Explanation) && string.Equals(x.Text, y.Text, StringComparison.Ordinal);

        public int GetHashCode((MatchExplanation Explanation, string Text) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Explanation), StringComparer.Ordinal.GetHashCode(obj.Text));
    }
}
