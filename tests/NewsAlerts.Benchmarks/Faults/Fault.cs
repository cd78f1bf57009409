namespace NewsAlerts.Benchmarks.Faults;

/// <summary>One fault of the campaign: publishes the run's article and disturbs the stack while it is delivered.</summary>
/// <param name="Name">The table row's name.</param>
/// <param name="HasCrashWindow">
/// Whether a process dies or restarts mid-send (the kill and restart faults), or an SMTP reply to an accepted message
/// is lost: only then may an alert go twice, and only duplicates of alerts Claimed at that moment (or whose reply was
/// lost) count as in the window.
/// </param>
/// <param name="InjectAsync">Publishes through <see cref="FaultRun.PublishAsync"/> and injects the fault; returns once the stack is whole again.</param>
internal sealed record Fault(string Name, bool HasCrashWindow, Func<FaultRun, CancellationToken, Task> InjectAsync);
