namespace NewsAlerts.Cli.Stack;

/// <summary>A service process the stack started, as kept in the data folder's <c>stack.json</c>.</summary>
/// <param name="Name">The service's name, e.g. <c>azurite</c>.</param>
/// <param name="Pid">Its process id.</param>
/// <param name="StartedAt">The process's start time, so a recycled PID is never mistaken for it.</param>
/// <param name="Ports">Its ports by setting name, e.g. <c>Stack:Azurite:TablePort</c>.</param>
/// <param name="Owner">
/// The PID of the process that started it and stops it when it ends (<c>dev</c>, <c>stack run</c>, a test run:
/// <see cref="ServiceProcess.StopServicesWithThisProcess"/>); null when it outlives its starter (<c>stack start</c>). Another
/// process that reuses the service can say whose it is and that it may go (trial r41 #1).
/// </param>
public sealed record ServiceRecord(string Name, int Pid, DateTimeOffset StartedAt, IReadOnlyDictionary<string, int> Ports, int? Owner = null);
