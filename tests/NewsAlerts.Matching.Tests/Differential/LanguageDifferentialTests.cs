using System.Globalization;
using NewsAlerts.Matching.Analysis;
using NewsAlerts.Matching.Generation;
using NewsAlerts.Matching.Index;
using NewsAlerts.Matching.Tests.Support;
using Xunit.Abstractions;

namespace NewsAlerts.Matching.Tests.Differential;

/// <summary>
/// Our analysis of each language whose Lucene analysers we use against the same Lucene chain
/// (<see cref="LuceneLanguageReference"/>): European languages on publisher feed items with generated topics,
/// Japanese on Japanese Wikinews with topics from the reference segmentation. As for English, the one accepted kind of
/// disagreement is prefix wildcards (we expand over the words as written, Lucene over its stems).
/// </summary>
public sealed class LanguageDifferentialTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("it")]
    [InlineData("pt")]
    public void European_analysis_agrees_with_Lucene_on_feed_items(string language)
    {
        var articles = FeedArticles.Load(language);
        var vocabulary = TopicVocabulary.FromArticles(articles);
        var topics = new TopicGenerator(vocabulary, seed: 7, luceneCompatible: true).DistinctTopics(200);
        Compare(language, articles, topics);
    }

    [Fact]
    public void Japanese_analysis_agrees_with_Lucene_on_Japanese_news()
    {
        var items = JapaneseNews.Load(250);
        var words = items.SelectMany(i => i.HeadlineTokens).Where(t => t.Length >= 1 && t.All(char.IsLetterOrDigit)).Distinct(StringComparer.Ordinal).ToList();
        var random = new Random(13);
        string Word() => words[random.Next(words.Count)];
        var topics = Enumerable.Range(0, 250).Select(i => (i % 5) switch
        {
            0 or 1 => Word(),
            2 => $"{Word()} AND {Word()}",
            3 => $"({Word()} OR {Word()}) AND {Word()}",
            _ => $"{Word()} AND NOT {Word()}",
        }).Distinct(StringComparer.Ordinal).ToList();
        Compare("ja", [.. items.Select(i => i.Article)], topics);
    }

    private void Compare(string language, IReadOnlyList<ArticleDocument> articles, IReadOnlyList<string> topics)
    {
        var index = new PercolatorIndex(AnalysisOptions.Plain);
        Assert.Empty(index.AddRange(topics.Select((t, i) => new TopicSubscription(i.ToString(CultureInfo.InvariantCulture), "u", t, Language: language))));
        using var lucene = new LuceneLanguageReference(language);
        var queries = topics.Select(lucene.Parse).ToList();

        var pairs = 0L;
        var matches = 0L;
        var prefixOnly = 0;
        var other = new List<string>();
        foreach (var article in articles)
        {
            var ours = index.Match(article).Select(m => int.Parse(m.TopicSubscription.Id, CultureInfo.InvariantCulture)).ToHashSet();
            lucene.Load(article);
            for (var q = 0; q < queries.Count; q++)
            {
                pairs++;
                var theirs = lucene.Matches(queries[q]);
                matches += theirs ? 1 : 0;
                if (theirs != ours.Contains(q))
                {
                    if (topics[q].Contains('*', StringComparison.Ordinal))
                    {
                        prefixOnly++;
                    }
                    else
                    {
                        other.Add($"{article.Id} [{topics[q]}] lucene={theirs}");
                    }
                }
            }
        }

        output.WriteLine($"{language}: {articles.Count} articles, {topics.Count} topics, {pairs:N0} pairs, {matches:N0} Lucene matches, {prefixOnly} prefix disagreements");
        Assert.True(matches > 20, $"the topics should match some articles ({matches})");
        Assert.True(other.Count == 0, string.Join("\n", other.Take(20)));
    }
}
