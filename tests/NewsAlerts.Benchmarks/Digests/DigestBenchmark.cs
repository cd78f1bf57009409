using System.Diagnostics;
using NewsAlerts.Benchmarks.Matching;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;

namespace NewsAlerts.Benchmarks.Digests;

/// <summary>
/// The delivery policy's cost where it must stay cheap: planning an article whose every match wants it at once, with
/// the policy (<see cref="PolicyPlanner.Plan"/>) against the plain planner (<see cref="AlertPlanner.Plan"/>), same
/// matches, same process; and turning a due time's entries into digest batches (<see cref="DigestBatches.Of"/>) for N
/// daily-digest subscribers with 5 entries each; and the digest timer's run queueing all those batches to the emulator
/// (<see cref="DigestQueueing"/>), digest store in memory (1,000,000 subscribers, all queued in 60 s or less, at least
/// half as fast as sending the same messages straight to the emulator) and on Azurite (50,000, reported). Ratios first.
/// </summary>
public sealed class DigestBenchmark : IBenchmarkSuite
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    public string Name => "digests";

    public string Description => "policy planning vs the plain planner at 100,000 immediate matches; digest batches of N subscribers x 5 entries queued by the timer vs straight to the emulator (memory store, Azurite)";

    public async Task<int> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var report = new MatchingReport(Console.Out, enforceTargets: !options.Quick);

        // Suite arguments pick parts (planning, queueing, batches); none means all of them.
        bool Runs(string part) => options.Arguments.Count == 0 || options.Arguments.Contains(part, StringComparer.OrdinalIgnoreCase);
        if (Runs("queueing"))
        {
            // Queueing first (it starts a private stack); its ratios are printed first, the rest after.
            var queueing = await DigestQueueing.MeasureAsync(options.Quick ? 5_000 : 1_000_000, options.Quick ? 1_000 : 50_000, cancellationToken);
            var memoryRatio = queueing.MemoryRaw / queueing.MemoryRun;
            report.Target($"digest run (memory store) / straight to the emulator at {queueing.MemorySubscribers:N0} subscribers", memoryRatio, 0.5, "x");
            report.Line($"-- digest run (Azurite store) / straight to the emulator at {queueing.AzuriteSubscribers:N0} subscribers: {queueing.AzuriteRaw / queueing.AzuriteRun:N2} x (reported)");
            report.Target($"all digest batches queued (memory store, {queueing.MemorySubscribers:N0} subscribers x 5 entries)", queueing.MemoryRun.TotalSeconds, 60, "s", lowerIsBetter: true);
            report.Line($"-- memory store: run {queueing.MemoryRun.TotalSeconds:N2} s, straight {queueing.MemoryRaw.TotalSeconds:N2} s; " +
                $"Azurite ({queueing.AzuriteSubscribers:N0} subscribers): run {queueing.AzuriteRun.TotalSeconds:N2} s, straight {queueing.AzuriteRaw.TotalSeconds:N2} s");
        }

        if (Runs("planning"))
        {
            Planning(report, options.Quick ? 20_000 : 100_000, options.Quick ? 31 : 21);
        }

        if (!Runs("batches"))
        {
            return report.ExitCode;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var subscribers = options.Quick ? 20_000 : 1_000_000;
        var due = Now.AddHours(19);
        var entries = Enumerable.Range(0, subscribers)
            .SelectMany(s => Enumerable.Range(0, 5).Select(a => new DigestEntry($"s{s:D7}", due, $"urn:bench:{a}", "t1", "why", Now.AddMinutes(-a))))
            .ToList();
        var batched = Best(options.Quick ? 2 : 3, () => DigestBatches.Of(entries).Count);
        report.Line($"-- {subscribers:N0} daily-digest subscribers x 5 entries: batches built in {batched.TotalSeconds:N2} s (in memory, not queued)");
        return report.ExitCode;
    }

    /// <summary>
    /// Plain planner (A) against the policy planner (B) on the same matches, in alternating rounds with a collection
    /// before each (<see cref="PairedTiming"/>): the target is on the median round's ratio; the spread is printed so a
    /// noisy machine shows as a wide range rather than as a moved figure.
    /// </summary>
    private static void Planning(MatchingReport report, int matchCount, int rounds)
    {
        var article = new Article("urn:bench:1", 1, "Truce in Aleppo", "Talks resume.", null, "Wire", "en", [], 3, null, Now.AddMinutes(-5));
        var matches = Enumerable.Range(0, matchCount).Select(i => new SubscriberMatch(Subscriber(i), "Aleppo", "\"Aleppo\" in the headline", 1, "t1")).ToList();
        var timing = PairedTiming.Measure(
            rounds, warmups: 40,
            () => AlertPlanner.Plan(article, matches).Count,
            () => PolicyPlanner.Plan(article, matches, Now, TimeSpan.FromHours(4)).Immediate.Count);
        report.Line($"-- {matchCount:N0} immediate matches, {timing.Rounds} alternating rounds, {timing.Clock} (median): plain planner {timing.BaselineMilliseconds:N1} ms, " +
            $"with the policy {timing.CandidateMilliseconds:N1} ms; ratio per round {timing.LowestRatio:N2}-{timing.HighestRatio:N2} x; wall-clock median ratio {timing.WallRatio:N2} x");
        report.Target($"policy planning / plain planning at {matchCount:N0} matches (median of {timing.Rounds} rounds, {timing.Clock})", timing.Ratio, 1.2, "x", lowerIsBetter: true);
    }

    private static Subscriber Subscriber(int i) => new(
        $"s{i:D7}", $"s{i}@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "Europe/London", [new Topic("t1", "Aleppo", false)],
        NewsAlerts.Core.Subscribers.Subscriber.DefaultSmsMaxUrgency, DateTimeOffset.UnixEpoch, false);

    private static TimeSpan Best(int rounds, Func<int> work)
    {
        work();
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            work();
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        return best;
    }
}
