using NewsAlerts.Matching.Analysis;
using NewsAlerts.Matching.Explanations;

namespace NewsAlerts.Matching.Index;

/// <summary>The read side: presearch, confirmation, explanation and fan-out.</summary>
public sealed partial class PercolatorIndex
{
    /// <summary>Every subscription whose topic the article satisfies, each with its explanation.</summary>
    public IReadOnlyList<SubscriptionMatch> Match(ArticleDocument article)
    {
        var topics = MatchTopics(article);
        var results = new List<SubscriptionMatch>(topics.Sum(t => t.Subscriptions.Count));
        foreach (var topic in topics)
        {
            foreach (var subscription in topic.Subscriptions)
            {
                results.Add(new SubscriptionMatch(subscription, topic.Explanation));
            }
        }

        return results;
    }

    /// <summary>
    /// Every distinct topic the article satisfies with its subscriptions: the same result as <see cref="Match"/>,
    /// grouped, for callers that fan out in batches (one alert batch per topic and channel).
    /// </summary>
    public IReadOnlyList<TopicMatch> MatchTopics(ArticleDocument article) => MatchTopics(article, out _);

    internal IReadOnlyList<TopicMatch> MatchTopics(ArticleDocument article, out int candidateCount)
    {
        ArgumentNullException.ThrowIfNull(article);
        var current = Volatile.Read(ref state);
        var scratch = MatchScratch.ForCurrentThread();
        var view = scratch.View;
        view.Load(article, terms, Analysis, Subjects, EnglishOnly);
        statistics.Observe(view.Keys);
        var stamp = scratch.Begin(current.Base.Entries.Length, current.Delta.Entries.Length);
        var results = new List<TopicMatch>();
        candidateCount = Confirm(current.Base, current.BaseRemoved, scratch.BaseStamps, stamp, scratch, view, results)
            + Confirm(current.Delta, null, scratch.DeltaStamps, stamp, scratch, view, results);
        return results;
    }

    /// <summary>Evaluates every topic, with no presearch: the reference the presearcher must never fall short of.</summary>
    internal IReadOnlyList<TopicMatch> MatchEveryTopic(ArticleDocument article)
    {
        var current = Volatile.Read(ref state);
        var view = MatchScratch.ForCurrentThread().View;
        view.Load(article, terms, Analysis, Subjects, EnglishOnly);
        var results = new List<TopicMatch>();
        for (var i = 0; i < current.Base.Entries.Length; i++)
        {
            if (!current.BaseRemoved[i])
            {
                Emit(current.Base.Entries[i], view, results);
            }
        }

        foreach (var entry in current.Delta.Entries)
        {
            Emit(entry, view, results);
        }

        return results;
    }

    private static int Confirm(Segment segment, bool[]? removed, int[] stamps, int stamp, MatchScratch scratch, ArticleView view, List<TopicMatch> results)
    {
        if (segment.Entries.Length == 0)
        {
            return 0;
        }

        var candidates = scratch.Candidates;
        candidates.Clear();
        foreach (var key in view.Keys)
        {
            foreach (var index in segment.Lookup(key))
            {
                if (stamps[index] != stamp)
                {
                    stamps[index] = stamp;
                    candidates.Add(index);
                }
            }
        }

        candidates.AddRange(segment.Unindexed);
        foreach (var index in candidates)
        {
            if (removed is null || !removed[index])
            {
                Emit(segment.Entries[index], view, results);
            }
        }

        return candidates.Count;
    }

    private static void Emit(QueryEntry entry, ArticleView view, List<TopicMatch> results)
    {
        // A topic matches articles in its own language and the subscriber's other languages, nothing else.
        var root = view.EnglishOnly ? entry.Topic.Root : entry.Topic.RootFor(view.AnalysisLanguage);
        if (root is null || !root.Matches(view))
        {
            return;
        }

        var hits = new List<TermHit>();
        root.Explain(view, hits);
        DistinctHits.RemoveRepeats(hits);
        results.Add(new TopicMatch(new MatchExplanation(entry.Topic.NormalizedText, hits), entry.Subscribers));
    }
}
