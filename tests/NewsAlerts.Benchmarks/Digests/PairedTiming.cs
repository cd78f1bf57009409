using System.Diagnostics;
using NewsAlerts.Benchmarks.Matching;

namespace NewsAlerts.Benchmarks.Digests;

/// <summary>
/// Times two variants of the same work against each other in one process so that machine load hits both alike: both
/// are warmed first (past tiered compilation), then each round runs both back to back in alternating order (A then B,
/// B then A, ...) after a full garbage collection before each, and the round's ratio B / A is kept. The result is the
/// median ratio over the rounds with its spread (lowest and highest round), and each variant's median time. Rounds are
/// timed on the thread's CPU clock where there is one (Linux), so time lost to other processes on a shared machine is
/// not counted; the wall-clock ratio is kept beside it.
/// </summary>
internal static class PairedTiming
{
    /// <summary>Measures <paramref name="baseline"/> (A) against <paramref name="candidate"/> (B) over <paramref name="rounds"/> rounds.</summary>
    public static PairedResult Measure(int rounds, int warmups, Func<int> baseline, Func<int> candidate)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        for (var i = 0; i < warmups; i++)
        {
            baseline();
            candidate();
        }

        var a = new List<double>(rounds);
        var b = new List<double>(rounds);
        var ratios = new List<double>(rounds);
        var wallRatios = new List<double>(rounds);
        for (var round = 0; round < rounds; round++)
        {
            var baselineFirst = round % 2 == 0;
            var first = Time(baselineFirst ? baseline : candidate);
            var second = Time(baselineFirst ? candidate : baseline);
            var (timeA, timeB) = baselineFirst ? (first, second) : (second, first);
            a.Add(timeA.Milliseconds);
            b.Add(timeB.Milliseconds);
            ratios.Add(timeB.Milliseconds / timeA.Milliseconds);
            wallRatios.Add(timeB.Wall / timeA.Wall);
        }

        ratios.Sort();
        return new PairedResult(
            Median(a), Median(b), Median(ratios), ratios[0], ratios[^1], Median(wallRatios), rounds, ThreadCpuClock.IsAvailable ? "thread CPU" : "wall clock");
    }

    private static (double Milliseconds, TimeSpan Wall) Time(Func<int> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var cpu = ThreadCpuClock.NowMilliseconds();
        var watch = Stopwatch.StartNew();
        work();
        var wall = watch.Elapsed;
        return (ThreadCpuClock.IsAvailable ? ThreadCpuClock.NowMilliseconds() - cpu : wall.TotalMilliseconds, wall);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
