using NewsAlerts.Matching.Analysis;
using NewsAlerts.Matching.Generation;
using NewsAlerts.Matching.Index;
using NewsAlerts.Matching.Tests.Support;
using Xunit.Abstractions;

namespace NewsAlerts.Matching.Tests.Differential;

/// <summary>
/// Our matcher with plain analysis (no compounds, no expansion) against Lucene.NET's MemoryIndex and QueryParser on
/// corpus articles and generated topics. The only accepted kind of disagreement is prefix wildcards: Lucene expands a
/// prefix over stemmed index terms ("ceasefire*" cannot find the stem "ceasefir"), we over the words as written.
/// NEWSALERTS_DIFFERENTIAL_FULL=1 runs 2,000 articles × 1,000 topics (2,000,000 pairs).
/// </summary>
public sealed class LuceneDifferentialTests(ITestOutputHelper output)
{
    [Fact]
    public void Plain_analysis_agrees_with_Lucene_on_corpus_articles_and_generated_topics()
    {
        var full = Environment.GetEnvironmentVariable("NEWSALERTS_DIFFERENTIAL_FULL") == "1";
        var (articleCount, topicCount) = full ? (2_000, 1_000) : (200, 500);
        var corpus = SharedData.Corpus(6_000);
        var vocabulary = TopicVocabulary.FromArticles(corpus.Take(3_000));
        var topics = new TopicGenerator(vocabulary, seed: 42, luceneCompatible: true).DistinctTopics(topicCount);
        var articles = corpus.Where((_, i) => i % 3 == 0).Take(articleCount).ToList();

        var index = new PercolatorIndex(AnalysisOptions.Plain);
        Assert.Empty(index.AddRange(topics.Select((t, i) => new TopicSubscription(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "u", t))));
        using var lucene = new LuceneReference();
        var queries = topics.Select(lucene.Parse).ToList();

        var pairs = 0L;
        var matches = 0L;
        var disagreements = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var ours = index.Match(article).Select(m => int.Parse(m.TopicSubscription.Id, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
            lucene.Load(article);
            for (var q = 0; q < queries.Count; q++)
            {
                pairs++;
                var theirs = lucene.Matches(queries[q]);
                matches += theirs ? 1 : 0;
                if (theirs != ours.Contains(q))
                {
                    var kind = topics[q].Contains('*', StringComparison.Ordinal)
                        ? $"prefix over words vs over stems, found by {(theirs ? "Lucene" : "us")} only"
                        : "other";
                    if (!disagreements.TryGetValue(kind, out var list))
                    {
                        disagreements[kind] = list = [];
                    }

                    list.Add($"{article.Id} [{topics[q]}] lucene={theirs}");
                }
            }
        }

        output.WriteLine($"{pairs:N0} article-topic pairs, {matches:N0} Lucene matches");
        foreach (var (kind, list) in disagreements)
        {
            output.WriteLine($"{kind}: {list.Count} disagreements, e.g. {string.Join("; ", list.Take(5))}");
        }

        Assert.True(matches > pairs / 1000, "the generated topics should match some articles");
        Assert.False(disagreements.ContainsKey("other"), string.Join("\n", disagreements.GetValueOrDefault("other", []).Take(20)));
    }
}
