using NewsAlerts.Matching.Generation;
using NewsAlerts.Matching.Query;
using NewsAlerts.Matching.Tests.Support;

namespace NewsAlerts.Matching.Tests.Generation;

public sealed class TopicGeneratorTests
{
    private static readonly Lazy<TopicVocabulary> Vocabulary = new(() => TopicVocabulary.FromArticles(SharedData.Corpus(2_000)));

    [Fact]
    public void Same_seed_generates_the_same_distinct_parseable_topics()
    {
        var first = new TopicGenerator(Vocabulary.Value, seed: 5).DistinctTopics(2_000);
        var second = new TopicGenerator(Vocabulary.Value, seed: 5).DistinctTopics(2_000);

        Assert.Equal(first, second);
        Assert.Equal(2_000, first.Select(t => TopicQuery.Parse(t).NormalizedText).Distinct().Count());
        Assert.Contains(first, t => t.Contains("NEAR/", StringComparison.Ordinal));
        Assert.Contains(first, t => t.Contains('"', StringComparison.Ordinal));
        Assert.Contains(first, t => t.StartsWith("subject:", StringComparison.Ordinal));
    }

    [Fact]
    public void Subscriptions_use_every_topic_and_favour_popular_ones()
    {
        var generator = new TopicGenerator(Vocabulary.Value, seed: 9);
        var topics = generator.DistinctTopics(500);

        var subscriptions = generator.Subscriptions(topics, 5_000).ToList();

        Assert.Equal(topics.ToHashSet(), subscriptions.Select(s => s.Topic).ToHashSet());
        Assert.Equal(5_000, subscriptions.Select(s => s.Id).Distinct().Count());
        var counts = subscriptions.GroupBy(s => s.Topic).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(counts[topics[0]] > 10 * counts[topics[^1]]);
    }

    [Fact]
    public void Lucene_compatible_topics_use_only_words_phrases_booleans_and_prefixes()
    {
        var topics = new TopicGenerator(Vocabulary.Value, seed: 3, luceneCompatible: true).DistinctTopics(1_000);

        Assert.DoesNotContain(topics, t => t.Contains("NEAR", StringComparison.Ordinal) || t.Contains(':', StringComparison.Ordinal) || t.Contains('=', StringComparison.Ordinal));
    }
}
