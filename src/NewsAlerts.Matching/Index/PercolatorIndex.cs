using NewsAlerts.Matching.Analysis;
using NewsAlerts.Matching.Expansion;
using NewsAlerts.Matching.Languages;
using NewsAlerts.Matching.Query;

namespace NewsAlerts.Matching.Index;

/// <summary>
/// The percolator: stores subscriptions, compiles each distinct normalised topic once, and matches articles by
/// presearch (candidate topics from the article's terms) and confirmation. Thread-safe: writes are serialised
/// and publish a new immutable <see cref="IndexState"/>; matches read whichever state was current when they began.
/// </summary>
public sealed partial class PercolatorIndex
{
    private const int CompactAt = 4096;
    private readonly Lock writeGate = new();
    private readonly TermDictionary terms = new();
    private readonly TermStatistics statistics = new();
    private readonly QueryCompiler compiler;
    private readonly Dictionary<string, TopicSubscription> subscriptions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QueryEntry> entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> baseIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QueryEntry?> delta = new(StringComparer.Ordinal);
    private Segment baseSegment = Segment.Empty;
    private bool[] baseRemoved = [];
    private bool baseRemovedPublished;
    private IndexState state = IndexState.Empty;

    /// <summary>Creates an empty index with the given analysis (news analysis with expansion by default).</summary>
    public PercolatorIndex(AnalysisOptions? analysis = null)
        : this(analysis, englishOnly: false)
    {
    }

    /// <summary>
    /// An index that analyses every article as English and ignores languages, as before per-language analysis: the
    /// benchmark's baseline for the cost of languages.
    /// </summary>
    internal PercolatorIndex(AnalysisOptions? analysis, bool englishOnly)
    {
        EnglishOnly = englishOnly;
        Analysis = analysis ?? AnalysisOptions.Default;
        Subjects = MatchingData.Subjects;
        compiler = new QueryCompiler(terms, Analysis, Analysis.Expand ? MatchingData.Expansions : ExpansionDictionary.Empty, Subjects);
    }

    /// <summary>Whether languages are ignored (every article and topic analysed as English).</summary>
    internal bool EnglishOnly { get; }

    /// <summary>The analysis used for topics and articles.</summary>
    public AnalysisOptions Analysis { get; }

    /// <summary>Number of subscriptions.</summary>
    public int Count => Volatile.Read(ref state).SubscriptionCount;

    /// <summary>Number of distinct normalised topics (each evaluated once per article).</summary>
    public int DistinctTopicCount => Volatile.Read(ref state).QueryCount;

    internal SubjectTaxonomy Subjects { get; }

    internal TermDictionary Terms => terms;

    // How many subscriptions the id dictionary has room for (tests: a bulk load gives empty slots back).
    internal int SubscriptionSlots => subscriptions.Capacity;

    /// <summary>Adds a subscription, or replaces the one with the same id. Returns the parse result; on error nothing changes.</summary>
    public TopicParseResult Add(TopicSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentException.ThrowIfNullOrEmpty(subscription.Id);
        var parsed = TopicQuery.Parse(subscription.Topic);
        if (!parsed.Success)
        {
            return parsed;
        }

        lock (writeGate)
        {
            var pending = new Dictionary<string, (TopicParseResult, bool, string[], List<TopicSubscription>)>(StringComparer.Ordinal);
            Upsert(subscription, parsed, pending);
            Attach(pending);
            Publish();
        }

        return parsed;
    }

    /// <summary>Same as <see cref="Add"/>: a subscription id identifies what is replaced.</summary>
    public TopicParseResult Update(TopicSubscription subscription) => Add(subscription);

    /// <summary>Adds or replaces many subscriptions in one write; returns those whose topics did not parse.</summary>
    public IReadOnlyList<RejectedSubscription> AddRange(IEnumerable<TopicSubscription> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var rejected = new List<RejectedSubscription>();
        var parsedByText = new Dictionary<string, TopicParseResult>(StringComparer.Ordinal);
        var pending = new Dictionary<string, (TopicParseResult, bool, string[], List<TopicSubscription>)>(StringComparer.Ordinal);
        var added = 0;
        lock (writeGate)
        {
            foreach (var subscription in batch)
            {
                ArgumentException.ThrowIfNullOrEmpty(subscription.Id);
                if (!parsedByText.TryGetValue(subscription.Topic ?? string.Empty, out var parsed))
                {
                    parsed = TopicQuery.Parse(subscription.Topic);
                    parsedByText[subscription.Topic ?? string.Empty] = parsed;
                }

                if (!parsed.Success)
                {
                    rejected.Add(new RejectedSubscription(subscription, parsed));
                    continue;
                }

                Upsert(subscription, parsed, pending);
                added++;
            }

            Attach(pending);
            if (added > 10_000)
            {
                // A bulk load leaves up to half of the dictionary's slots empty; give them back. Counted in subscriptions
                // added, not distinct topics: 100,000 subscriptions over 10,000 topics left 75,000 empty slots (21 B a
                // subscription) when this counted topics.
                subscriptions.TrimExcess();
            }

            Publish();
        }

        return rejected;
    }

    /// <summary>Removes a subscription; false when there was none with that id.</summary>
    public bool Remove(string subscriptionId)
    {
        lock (writeGate)
        {
            if (!subscriptions.Remove(subscriptionId, out var existing))
            {
                return false;
            }

            Detach(existing, KeyOf(existing));
            Publish();
            return true;
        }
    }

    // Additions are grouped per topic and attached once, so a popular topic's subscriber array is not copied per subscription.
    private void Upsert(TopicSubscription subscription, TopicParseResult parsed, Dictionary<string, (TopicParseResult Parsed, bool Exact, string[] Languages, List<TopicSubscription> Added)> pending)
    {
        var languages = LanguagesOf(subscription);
        var key = QueryCompiler.KeyOf(parsed.NormalizedText!, subscription.Exact, languages);
        if (subscriptions.TryGetValue(subscription.Id, out var existing))
        {
            var existingKey = KeyOf(existing);
            if (pending.TryGetValue(existingKey, out var earlier) && earlier.Added.Remove(existing))
            {
                // It was added earlier in this same batch.
            }
            else if (entries.ContainsKey(existingKey))
            {
                Detach(existing, existingKey);
            }
        }

        subscriptions[subscription.Id] = subscription;
        if (!pending.TryGetValue(key, out var group))
        {
            group = (parsed, subscription.Exact, languages, []);
            pending[key] = group;
        }

        group.Added.Add(subscription);
    }

    private void Attach(Dictionary<string, (TopicParseResult Parsed, bool Exact, string[] Languages, List<TopicSubscription> Added)> pending)
    {
        foreach (var (key, (parsed, exact, languages, added)) in pending)
        {
            if (added.Count == 0)
            {
                continue;
            }

            if (entries.TryGetValue(key, out var entry))
            {
                SetEntry(key, entry with { Subscribers = [.. entry.Subscribers, .. added] });
            }
            else
            {
                SetEntry(key, new QueryEntry(compiler.Compile(parsed, exact, languages), [.. added]));
            }
        }
    }

    // The key is recomputed rather than stored: it saves memory per subscription, and removals are rare.
    private string KeyOf(TopicSubscription subscription) =>
        QueryCompiler.KeyOf(TopicQuery.Parse(subscription.Topic).NormalizedText!, subscription.Exact, LanguagesOf(subscription));

    private string[] LanguagesOf(TopicSubscription subscription) => EnglishOnly ? CompiledTopic.DefaultLanguages : TopicLanguages.Of(subscription);

    private void Detach(TopicSubscription subscription, string key)
    {
        var entry = entries[key];
        var remaining = entry.Subscribers.Where(s => !ReferenceEquals(s, subscription)).ToArray();
        SetEntry(key, remaining.Length == 0 ? null : entry with { Subscribers = remaining });
    }

    private void SetEntry(string key, QueryEntry? entry)
    {
        if (entry is null)
        {
            entries.Remove(key);
        }
        else
        {
            entries[key] = entry;
        }

        delta[key] = entry;
        if (baseIndex.TryGetValue(key, out var index) && !baseRemoved[index])
        {
            // Copy on write, once per write: readers of the published state keep their own array.
            if (baseRemovedPublished)
            {
                baseRemoved = (bool[])baseRemoved.Clone();
                baseRemovedPublished = false;
            }

            baseRemoved[index] = true;
        }
    }

    private void Publish()
    {
        statistics.Grow(terms.Count);
        if (delta.Count > CompactAt || delta.Count > baseSegment.Entries.Length / 4)
        {
            Compact();
        }

        var changed = delta.Values.OfType<QueryEntry>().ToList();
        var deltaSegment = changed.Count == 0 ? Segment.Empty : Segment.BuildSparse(changed);
        baseRemovedPublished = true;
        Volatile.Write(ref state, new IndexState(baseSegment, baseRemoved, deltaSegment, subscriptions.Count, entries.Count));
    }

    private void Compact()
    {
        baseSegment = Segment.Build(entries.Values, terms.Count);
        baseRemoved = new bool[baseSegment.Entries.Length];
        baseRemovedPublished = false;
        baseIndex.Clear();
        for (var i = 0; i < baseSegment.Entries.Length; i++)
        {
            baseIndex[baseSegment.Entries[i].Topic.Key] = i;
        }

        // The delta is empty now. Clear() keeps its slots, as many as the largest write since the last compaction
        // changed topics (a bulk load: one per distinct topic, 28 B each, 3 B a subscription at 100,000 subscriptions
        // over 10,000 topics); they are given back, and the delta grows again with the writes that come.
        delta.Clear();
        delta.TrimExcess();
    }

    // How many changed topics the delta has room for (tests: a compaction gives its slots back).
    internal int DeltaSlots => delta.Capacity;
}
