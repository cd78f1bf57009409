namespace NewsAlerts.EndToEnd.Tests.Browser;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using NewsAlerts.Testing;

/// <summary>
/// Where a browser run's time goes: each flow's time in page loads and answers, axe runs, screenshots, waits for an
/// email, a text or the pipeline, summed by part. Written when the fixture stops to
/// <c>artifacts/e2e-timings.tsv</c> at the repository root (git-ignored): flow, part, count, seconds.
/// </summary>
public static class FlowTimings
{
    /// <summary>A page opened or a button's answer waited for (navigation and server time, the browser's rendering).</summary>
    public const string Page = "page";

    /// <summary>One axe-core run.</summary>
    public const string Axe = "axe";

    /// <summary>One full-page screenshot.</summary>
    public const string Screenshot = "screenshot";

    /// <summary>A viewport resize to the other width and back.</summary>
    public const string Resize = "resize";

    /// <summary>Waiting for an email in smtp4dev.</summary>
    public const string Email = "email wait";

    /// <summary>Waiting for a text in the SMS sink.</summary>
    public const string Text = "sms wait";

    private static readonly ConcurrentDictionary<(string Flow, string Part), (int Count, long Ticks)> Totals = new();
    private static readonly AsyncLocal<string?> CurrentFlow = new();

    /// <summary>The file the totals are written to.</summary>
    public static string FilePath => Path.Combine(RepositoryRoot.Find(), "artifacts", "e2e-timings.tsv");

    /// <summary>Names the flow that the following parts (in this async flow) are counted for.</summary>
    public static void Begin(string flow) => CurrentFlow.Value = flow;

    /// <summary>Runs <paramref name="run"/> and adds its wall time to <paramref name="part"/> of the current flow.</summary>
    public static async Task<T> TimeAsync<T>(string part, Func<Task<T>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await run();
        }
        finally
        {
            Add(part, Stopwatch.GetTimestamp() - started);
        }
    }

    /// <summary>Runs <paramref name="run"/> and adds its wall time to <paramref name="part"/> of the current flow.</summary>
    public static Task TimeAsync(string part, Func<Task> run) =>
        TimeAsync(part, async () => { await run(); return true; });

    /// <summary>The totals as tab-separated lines (flow, part, count, seconds), largest first.</summary>
    public static string Report()
    {
        var text = new StringBuilder("flow\tpart\tcount\tseconds\n");
        foreach (var ((flow, part), (count, ticks)) in Totals.OrderByDescending(t => t.Value.Ticks))
        {
            text.Append(CultureInfo.InvariantCulture, $"{flow}\t{part}\t{count}\t{(double)ticks / Stopwatch.Frequency:0.00}\n");
        }

        return text.ToString();
    }

    /// <summary>Writes <see cref="Report"/> to <see cref="FilePath"/>.</summary>
    public static async Task WriteAsync()
    {
        // Test classes run side by side and each writes the totals when it ends: one writer at a time, or two writes
        // of the same file collide (an IOException failing a class that passed).
        await Writing.WaitAsync();
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            await File.WriteAllTextAsync(FilePath, Report());
        }
        finally
        {
            Writing.Release();
        }
    }

    private static readonly SemaphoreSlim Writing = new(1, 1);

    private static void Add(string part, long ticks) =>
        Totals.AddOrUpdate((CurrentFlow.Value ?? "(no flow)", part), (1, ticks), (_, t) => (t.Count + 1, t.Ticks + ticks));
}
