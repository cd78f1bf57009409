using NewsAlerts.Benchmarks.Digests;
using NewsAlerts.Matching.Explanations;
using NewsAlerts.Matching.Generation;
using NewsAlerts.Matching.Index;

namespace NewsAlerts.Benchmarks.Matching;

/// <summary>
/// The explanation step's cost: the reasons of real matches (generated topics against corpus articles, each topic quoted
/// as written) made by <see cref="MatchReason.Of"/>, which parses the written topic once per reason, against the same
/// reasons made hit by hit with <see cref="MatchReason.PartOf(TermHit, ArticleDocument, string?)"/>, which parses it
/// for every hit (what <c>Of</c> did before session 44), paired in one process (<see cref="PairedTiming"/>). Both must
/// give the same parts; the ratio is per hit / once per reason (higher is better, target at least 1.2).
/// </summary>
public sealed class ReasonsBenchmark : IBenchmarkSuite
{
    /// <inheritdoc />
    public string Name => "reasons";

    /// <inheritdoc />
    public string Description => "match reasons with the written topic parsed once per reason vs once per hit, same matches";

    /// <inheritdoc />
    public Task<int> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var report = new MatchingReport(Console.Out, enforceTargets: !options.Quick);
        var corpus = BenchmarkCorpus.Load();
        var vocabulary = TopicVocabulary.FromArticles(corpus.Take(10_000));
        var topics = new TopicGenerator(vocabulary, seed: 44).DistinctTopics(options.Quick ? 2_000 : 20_000);
        var index = new PercolatorIndex();
        index.AddRange(topics.Select((t, i) => new TopicSubscription($"s{i}", $"u{i}", t)));

        // Every match of the first articles that has hits, with the subscriber's topic text: what SubscriberMatcher reasons.
        var reasons = new List<(MatchExplanation Explanation, ArticleDocument Article, string Topic)>();
        foreach (var article in corpus.Skip(10_000).Take(options.Quick ? 200 : 1_000))
        {
            cancellationToken.ThrowIfCancellationRequested();
            reasons.AddRange(index.Match(article).Where(m => m.Explanation.Hits.Count > 0).Select(m => (m.Explanation, article, m.TopicSubscription.Topic)));
        }

        var hits = reasons.Sum(r => Math.Min(r.Explanation.Hits.Count, MatchWords.MaxHits));
        foreach (var (explanation, article, topic) in reasons)
        {
            if (!MatchReason.Of(explanation, article, topic).Parts.SequenceEqual(PerHit(explanation, article, topic)))
            {
                Console.WriteLine($"reasons differ for topic '{topic}' on article {article.Id}");
                return Task.FromResult(1);
            }
        }

        var result = PairedTiming.Measure(
            options.Quick ? 5 : 15,
            2,
            () => reasons.Sum(r => PerHit(r.Explanation, r.Article, r.Topic).Count),
            () => reasons.Sum(r => MatchReason.Of(r.Explanation, r.Article, r.Topic).Parts.Count));
        report.Line($"{reasons.Count:N0} reasons, {hits:N0} worded hits ({(double)hits / Math.Max(1, reasons.Count):N2} per reason), {topics.Count:N0} topics");
        report.Line($"-- topic parsed per hit: {result.BaselineMilliseconds * 1000 / Math.Max(1, reasons.Count):N2} µs per reason; " +
            $"once per reason: {result.CandidateMilliseconds * 1000 / Math.Max(1, reasons.Count):N2} µs per reason ({result.Clock}, {result.Rounds} rounds)");
        report.Target("reasons, per hit / once per reason", 1 / result.Ratio, 1.2, "x");
        report.Line($"-- rounds {1 / result.HighestRatio:N2}-{1 / result.LowestRatio:N2} x; wall clock {1 / result.WallRatio:N2} x");
        return Task.FromResult(report.ExitCode);
    }

    private static List<ReasonPart> PerHit(MatchExplanation explanation, ArticleDocument article, string topic) =>
        explanation.Hits.Take(MatchWords.MaxHits).Select(h => MatchReason.PartOf(h, article, topic)).ToList();
}
