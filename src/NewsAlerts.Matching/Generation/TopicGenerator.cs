using System.Globalization;
using NewsAlerts.Matching.Index;
using NewsAlerts.Matching.Query;

namespace NewsAlerts.Matching.Generation;

/// <summary>
/// Generates realistic topics and subscription sets from real vocabularies, deterministically from a seed:
/// mostly single names and words, then phrases, conjunctions, OR groups, NOT, NEAR, prefixes and filters.
/// Popular words are drawn more often (Zipf-like), as subscribers follow the same big stories.
/// </summary>
public sealed class TopicGenerator
{
    private readonly TopicVocabulary vocabulary;
    private readonly Random random;
    private readonly bool luceneCompatible;

    /// <param name="vocabulary">Where words come from.</param>
    /// <param name="seed">The same seed gives the same topics.</param>
    /// <param name="luceneCompatible">Only constructs Lucene's classic QueryParser reads the same way (no NEAR, filters, scopes or exact words).</param>
    public TopicGenerator(TopicVocabulary vocabulary, int seed, bool luceneCompatible = false)
    {
        this.vocabulary = vocabulary;
        random = new Random(seed);
        this.luceneCompatible = luceneCompatible;
    }

    /// <summary>One random topic.</summary>
    public string NextTopic()
    {
        var roll = random.NextDouble();
        if (luceneCompatible)
        {
            return roll switch
            {
                < 0.30 => Word(),
                < 0.50 => Phrase(),
                < 0.70 => $"{Term()} AND {Term()}",
                < 0.80 => $"({Term()} OR {Term()}) AND {Term()}",
                < 0.88 => $"{Term()} AND NOT {Term()}",
                < 0.94 => $"{Term()} OR {Term()}",
                _ => Prefix(),
            };
        }

        return roll switch
        {
            < 0.15 => Pick(vocabulary.Countries, 0.7),
            < 0.30 => Pick(vocabulary.Names, 0.8),
            < 0.42 => Word(),
            < 0.55 => Phrase(),
            < 0.70 => $"{Term()} {Term()}",
            < 0.78 => $"{Pick(vocabulary.Countries, 0.7)} AND ({Word()} OR {Word()})",
            < 0.83 => $"{Term()} -{Word()}",
            < 0.88 => $"{Pick(vocabulary.Names, 0.8)} NEAR/{random.Next(2, 10)} {Pick(vocabulary.Names, 0.8)}",
            < 0.91 => Prefix(),
            < 0.94 => $"headline:{Term()}",
            < 0.97 => $"subject:\"{Pick(vocabulary.SubjectLabels, 0.5)}\" {Term()}",
            _ => $"{Term()} urgency:<={random.Next(1, 6).ToString(CultureInfo.InvariantCulture)}",
        };
    }

    /// <summary>Distinct topics (distinct after normalisation) that parse.</summary>
    public IReadOnlyList<string> DistinctTopics(int count)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var topics = new List<string>(count);
        for (var attempts = 0; topics.Count < count && attempts < count * 20; attempts++)
        {
            var topic = NextTopic();
            var parsed = TopicQuery.Parse(topic);
            if (parsed.Success && seen.Add(parsed.NormalizedText!))
            {
                topics.Add(topic);
            }
        }

        return topics;
    }

    /// <summary>
    /// <paramref name="count"/> subscriptions over <paramref name="topics"/>: every topic once, the rest by Zipf-like
    /// popularity (topic rank r chosen with weight 1/r). Subscriber ids repeat: a subscriber follows several topics.
    /// </summary>
    public IEnumerable<TopicSubscription> Subscriptions(IReadOnlyList<string> topics, int count)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var cumulative = new double[topics.Count];
        var total = 0.0;
        for (var i = 0; i < topics.Count; i++)
        {
            total += 1.0 / (i + 1);
            cumulative[i] = total;
        }

        var subscribers = Math.Max(1, count / 4);
        for (var i = 0; i < count; i++)
        {
            var topicIndex = i < topics.Count ? i : LowerBound(cumulative, random.NextDouble() * total);
            yield return new TopicSubscription(
                "sub-" + i.ToString("D7", CultureInfo.InvariantCulture),
                "user-" + random.Next(subscribers).ToString("D7", CultureInfo.InvariantCulture),
                topics[topicIndex]);
        }
    }

    private static int LowerBound(double[] cumulative, double value)
    {
        var index = Array.BinarySearch(cumulative, value);
        return Math.Min(cumulative.Length - 1, index >= 0 ? index : ~index);
    }

    private string Term() => random.NextDouble() < 0.25 ? Phrase() : Word();

    private string Word() => Pick(vocabulary.Words, 0.6);

    private string Phrase() => "\"" + Pick(vocabulary.Phrases, 0.6) + "\"";

    private string Prefix()
    {
        var word = Pick(vocabulary.Words, 0.6);
        return word[..Math.Max(3, word.Length - random.Next(1, 4))] + "*";
    }

    // Zipf-like choice: an exponent below 1 flattens the head so rarer words still appear.
    private string Pick(IReadOnlyList<string> list, double skew)
    {
        var u = random.NextDouble();
        var index = (int)(Math.Pow(u, 1.0 / (1.0 - (skew * 0.9))) * list.Count);
        return list[Math.Clamp(index, 0, list.Count - 1)];
    }
}
