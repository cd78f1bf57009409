using NewsAlerts.Matching.Explanations;
using NewsAlerts.Matching.Index;
using NewsAlerts.Matching.Tests.Support;

namespace NewsAlerts.Matching.Tests.Index;

public sealed class SampleArticleTests
{
    private static PercolatorIndex IndexWith(params string[] topics)
    {
        var index = new PercolatorIndex();
        var rejected = index.AddRange(topics.Select((t, i) => new TopicSubscription($"s{i}", $"subscriber{i}", t)));
        Assert.Empty(rejected);
        return index;
    }

    [Fact]
    public void Sample_article_matches_Syria_and_ceasefires_but_not_Syria_AND_football()
    {
        var index = IndexWith("Syria", "ceasefires", "Syria AND football");

        var matches = index.Match(SharedData.SampleArticle());

        Assert.Equal(["Syria", "ceasefires"], matches.Select(m => m.TopicSubscription.Topic).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Topic_Syria_is_explained_by_Syrian_in_the_headline()
    {
        var match = Assert.Single(IndexWith("Syria").Match(SharedData.SampleArticle()));

        var first = match.Explanation.Hits[0];
        Assert.Equal(ArticleField.Headline, first.Field);
        Assert.Equal("Syrian", first.Matched);
        Assert.Equal("Syrian", first.Via);
        Assert.Equal(5, first.Position);
        Assert.Contains(match.Explanation.Hits, h => h is { Field: ArticleField.Body, Matched: "Syria", Via: null });
    }

    [Fact]
    public void Topic_ceasefires_is_explained_by_truce_in_the_headline_and_ceasefire_in_the_body()
    {
        var match = Assert.Single(IndexWith("ceasefires").Match(SharedData.SampleArticle()));

        var hits = match.Explanation.Hits;
        Assert.True(hits.Count > 1, match.Explanation.ToString());
        Assert.Contains(hits, h => h is { Field: ArticleField.Headline, Matched: "truce", Via: "truce", Position: 6 });
        Assert.Contains(hits, h => h is { Field: ArticleField.Body, Matched: "ceasefire", Via: null });
        Assert.Contains("\"ceasefires\" via \"truce\"", match.Explanation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Exact_topic_Syria_does_not_use_the_demonym()
    {
        var match = Assert.Single(IndexWith("=Syria").Match(SharedData.SampleArticle()));

        Assert.All(match.Explanation.Hits, h => Assert.Null(h.Via));
        Assert.Equal(ArticleField.Body, match.Explanation.Hits[0].Field);
    }
}
