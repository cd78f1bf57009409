namespace NewsAlerts.Benchmarks.Faults;

/// <summary>One fault of the campaign: publishes the run's article and disturbs the stack while it is delivered.</summary>
/// <param name="Name">The table row's name.</param>
/// <param name="HasCrashWindow">
/// Whether a process dies or restarts mid-send (the kill and restart faults): only then may an alert whose ledger row
/// was Claimed at that moment go twice, and only those duplicates count as in the crash window.
/// </param>
/// <param name="InjectAsync">Publishes through <see cref="FaultRun.PublishAsync"/> and injects the fault; returns once the stack is whole again.</param>
internal sealed record Fault(string Name, bool HasCrashWindow, Func<FaultRun, CancellationToken, Task> InjectAsync);
