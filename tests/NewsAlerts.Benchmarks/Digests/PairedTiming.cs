using System.Diagnostics;

namespace NewsAlerts.Benchmarks.Digests;

/// <summary>
/// Times two variants of the same work against each other in one process so that machine load hits both alike: both
/// are warmed first, then each round runs both back to back in alternating order (A then B, B then A, ...) after a full
/// garbage collection before each, and the round's ratio B / A is kept. The result is the median ratio over the rounds
/// with its spread (lowest and highest round), and each variant's median time.
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

        var a = new List<TimeSpan>(rounds);
        var b = new List<TimeSpan>(rounds);
        var ratios = new List<double>(rounds);
        for (var round = 0; round < rounds; round++)
        {
            TimeSpan first, second;
            if (round % 2 == 0)
            {
                first = Time(baseline);
                second = Time(candidate);
                a.Add(first);
                b.Add(second);
                ratios.Add(second / first);
            }
            else
            {
                first = Time(candidate);
                second = Time(baseline);
                b.Add(first);
                a.Add(second);
                ratios.Add(first / second);
            }
        }

        ratios.Sort();
        return new PairedResult(Median(a), Median(b), Median(ratios), ratios[0], ratios[^1], rounds);
    }

    private static TimeSpan Time(Func<int> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var watch = Stopwatch.StartNew();
        work();
        return watch.Elapsed;
    }

    private static TimeSpan Median(List<TimeSpan> values) => TimeSpan.FromTicks((long)Median(values.Select(v => (double)v.Ticks).Order().ToList()));

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
