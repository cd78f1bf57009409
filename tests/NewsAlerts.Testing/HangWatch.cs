namespace NewsAlerts.Testing;

using System.Collections.Concurrent;
using System.Diagnostics;

/// <summary>
/// Catches a fuzz case that never finishes (an endless loop would otherwise stall the run silently): when one case
/// has run longer than the limit, it prints that input and ends the test process, so the run fails with the input.
/// The limit is a hang threshold, far above any case's normal time; it asserts nothing about speed.
/// </summary>
public sealed class HangWatch : IDisposable
{
    private readonly ConcurrentDictionary<int, (long Started, string Input)> running = new();
    private readonly TimeSpan limit;
    private readonly Timer timer;

    /// <summary>Watches cases, checking every second against <paramref name="limit"/>.</summary>
    public HangWatch(TimeSpan limit)
    {
        this.limit = limit;
        timer = new Timer(_ => Check(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>Runs one case on the calling thread, watched.</summary>
    public void Run<T>(T input, Action<T> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var thread = Environment.CurrentManagedThreadId;
        running[thread] = (Stopwatch.GetTimestamp(), Describe(input));
        try
        {
            body(input);
        }
        finally
        {
            running.TryRemove(thread, out _);
        }
    }

    /// <inheritdoc />
    public void Dispose() => timer.Dispose();

    private static string Describe<T>(T input)
    {
        var text = input?.ToString() ?? "null";
        return text.Length > 2000 ? text[..2000] + "..." : text;
    }

    private void Check()
    {
        foreach (var (_, (started, input)) in running)
        {
            if (Stopwatch.GetElapsedTime(started) > limit)
            {
                var message = $"A fuzz case ran longer than {limit.TotalSeconds} s (a hang): {input}";
                Console.Error.WriteLine(message);
                Environment.FailFast(message);
            }
        }
    }
}
