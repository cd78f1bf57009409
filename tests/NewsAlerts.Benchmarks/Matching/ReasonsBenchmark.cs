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
/// give the same parts; the ratio is per hit / once per reason (higher is better): at least 1.0 over all reasons (most
/// have one hit, so the gain is small), at least 1.5 over reasons of two or more hits.
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

        report.Line($"{reasons.Count:N0} reasons, {hits:N0} worded hits ({(double)hits / Math.Max(1, reasons.Count):N2} per reason), {topics.Count:N0} topics");
        var rounds = options.Quick ? 5 : 15;
        Compare(report, "all reasons", reasons, rounds, target: 1.0);

        // Where the topic was parsed more than once before: reasons of two or more worded hits.
        var several = reasons.Where(r => r.Explanation.Hits.Count > 1).ToList();
        Compare(report, "reasons of 2+ hits", several, rounds, target: 1.5);
        return Task.FromResult(report.ExitCode);
    }

    private static void Compare(MatchingReport report, string name, List<(MatchExplanation Explanation, ArticleDocument Article, string Topic)> reasons, int rounds, double target)
    {
        if (reasons.Count == 0)
        {
            report.Line($"-- {name}: none among these matches");
            return;
        }

        // Repeated so that one round takes long enough to time on a busy machine.
        var repeats = Math.Max(1, 20_000 / reasons.Count);
        var result = PairedTiming.Measure(
            rounds,
            2,
            () => Repeat(repeats, () => reasons.Sum(r => PerHit(r.Explanation, r.Article, r.Topic).Count)),
            () => Repeat(repeats, () => reasons.Sum(r => MatchReason.Of(r.Explanation, r.Article, r.Topic).Parts.Count)));
        var perReason = 1000.0 / (reasons.Count * repeats);
        report.Line($"-- {name} ({reasons.Count:N0}): topic parsed per hit {result.BaselineMilliseconds * perReason:N2} µs per reason, " +
            $"once per reason {result.CandidateMilliseconds * perReason:N2} µs ({result.Clock}, {result.Rounds} rounds; " +
            $"rounds {1 / result.HighestRatio:N2}-{1 / result.LowestRatio:N2} x, wall clock {1 / result.WallRatio:N2} x)");
        report.Target($"{name}, per hit / once per reason", 1 / result.Ratio, target, "x");
    }

    private static int Repeat(int times, Func<int> work)
    {
        var total = 0;
        for (var i = 0; i < times; i++)
        {
            total += work();
        }

        return total;
    }

    private static List<ReasonPart> PerHit(MatchExplanation explanation, ArticleDocument article, string topic) =>
        explanation.Hits.Take(MatchWords.MaxHits).Select(h => MatchReason.PartOf(h, article, topic)).ToList();
}
