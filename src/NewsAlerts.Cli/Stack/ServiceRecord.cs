namespace NewsAlerts.Cli.Stack;

/// <summary>A service process the stack started, as kept in the data folder's <c>stack.json</c>.</summary>
/// <param name="Name">The service's name, e.g. <c>azurite</c>.</param>
/// <param name="Pid">Its process id.</param>
/// <param name="StartedAt">The process's start by the wall clock (UTC); decides who it is only where <paramref name="StartTicks"/> is unknown.</param>
/// <param name="Ports">Its ports by setting name, e.g. <c>Stack:Azurite:TablePort</c>.</param>
/// <param name="Owner">
/// The PID of the process that started it and stops it when it ends (<c>dev</c>, <c>stack run</c>, a test run:
/// <see cref="ServiceProcess.StopServicesWithThisProcess"/>); null when it outlives its starter (<c>stack start</c>). Another
/// process that reuses the service can say whose it is and that it may go (trial r41 #1).
/// </param>
/// <param name="StartTicks">
/// The process's start in clock ticks since boot (<see cref="ProcessStat.StartTicks"/>), so a recycled PID is never
/// mistaken for it and a drifting wall clock never takes it for another (<see cref="ProcessIdentity"/>); null where
/// there is no <c>/proc</c> and in records written before s42.
/// </param>
/// <param name="Program">
/// The name of the program it runs once it is up (e.g. <c>node</c>, <c>dotnet</c>), checked only where
/// <paramref name="StartTicks"/> is unknown; null until then.
/// </param>
public sealed record ServiceRecord(
    string Name, int Pid, DateTimeOffset StartedAt, IReadOnlyDictionary<string, int> Ports, int? Owner = null, long? StartTicks = null, string? Program = null)
{
    /// <summary>What tells this process from another given its PID later (<see cref="ProcessIdentity"/>).</summary>
    public ProcessStart Start() => new(StartTicks, StartedAt, Program);
}
