namespace NewsAlerts.Cli.Tests.LocalHost;

using System.Collections.Concurrent;
using Microsoft.Azure.Functions.Worker;

/// <summary>Records timer invocations so tests can observe them.</summary>
public sealed class TimerRuns
{
    private readonly ConcurrentQueue<(string Function, TimerInfo Timer)> runs = new();

    /// <summary>Records one run.</summary>
    public void Record(string function, TimerInfo timer) => runs.Enqueue((function, timer));

    /// <summary>The runs of one function so far.</summary>
    public IReadOnlyList<TimerInfo> Of(string function) => runs.Where(r => r.Function == function).Select(r => r.Timer).ToList();
}
