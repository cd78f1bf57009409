using System.Diagnostics;
using System.Globalization;
using NewsAlerts.Benchmarks.Matching;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Matching;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Matching.Generation;

namespace NewsAlerts.Benchmarks.Sync;

/// <summary>
/// A cold instance's full load of the matching index from the subscriber feed: batched upserts (what SubscriberSync
/// does) against one upsert per subscriber (the peer, what it did before), same subscribers, same process.
/// </summary>
public sealed class SubscriberLoadBenchmark : IBenchmarkSuite
{
    private const int BatchSize = 10_000;

    public string Name => "sync";

    public string Description => "cold full load of the matching index: batched upserts vs one upsert per subscriber; 1M-subscription load time";

    public Task<int> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var report = new MatchingReport(Console.Out, enforceTargets: !options.Quick);
        var corpus = BenchmarkCorpus.Load();
        var vocabulary = TopicVocabulary.FromArticles(corpus.Take(10_000));
        var articles = corpus.Where((_, i) => i % 7 == 0).Take(200)
            .Select(a => new Article(a.Id, 1, a.Headline, a.Body, null, a.Source, a.Language, a.Subjects ?? [], a.Urgency ?? 5, null, DateTimeOffset.UnixEpoch))
            .ToList();

        var compared = options.Quick ? 40_000 : 200_000;
        var subscribers = Subscribers(vocabulary, compared);
        report.Line($"-- {subscribers.Count:N0} subscribers, {subscribers.Sum(s => s.Topics.Count):N0} topics (Zipf popularity)");
        var (oneByOne, oneByOneIndex) = Load(subscribers, batched: false);
        var (batched, batchedIndex) = Load(subscribers, batched: true);
        var sameMatches = articles.All(a => oneByOneIndex.Match(a).Count == batchedIndex.Match(a).Count);
        report.Line($"one upsert per subscriber: {oneByOne.TotalSeconds,8:N2} s; batches of {BatchSize:N0}: {batched.TotalSeconds,8:N2} s; same matches on {articles.Count} articles: {sameMatches}");
        report.Target($"speed-up of batched load at {subscribers.Count:N0} subscribers", oneByOne / batched, 2, "x");
        var exitCode = sameMatches ? 0 : 1;

        if (!options.Quick)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var million = Subscribers(vocabulary, 1_000_000);
            var (time, _) = Load(million, batched: true);
            report.Target($"batched load of {million.Count:N0} subscribers ({million.Sum(s => s.Topics.Count):N0} topics)", time.TotalSeconds, 15, "s", lowerIsBetter: true);
        }

        return Task.FromResult(Math.Max(exitCode, report.ExitCode));
    }

    // About four topics per subscriber, as the generator's subscription sets have.
    private static List<Subscriber> Subscribers(TopicVocabulary vocabulary, int topicCount)
    {
        var generator = new TopicGenerator(vocabulary, seed: 11);
        var topics = generator.DistinctTopics(topicCount / 10);
        return generator.Subscriptions(topics, topicCount)
            .GroupBy(s => s.SubscriberId, StringComparer.Ordinal)
            .Select(g => new Subscriber(g.Key, $"{g.Key}@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "UTC",
                [.. g.Select((s, i) => new Topic(i.ToString(CultureInfo.InvariantCulture), s.Topic, s.Exact))], 2, DateTimeOffset.UnixEpoch))
            .ToList();
    }

    private static (TimeSpan Time, SubscriberMatcher Index) Load(List<Subscriber> subscribers, bool batched)
    {
        GC.Collect();
        var index = new SubscriberMatcher();
        var clock = Stopwatch.StartNew();
        if (batched)
        {
            foreach (var chunk in subscribers.Chunk(BatchSize))
            {
                index.UpsertMany(chunk);
            }
        }
        else
        {
            foreach (var subscriber in subscribers)
            {
                index.Upsert(subscriber);
            }
        }

        return (clock.Elapsed, index);
    }
}
