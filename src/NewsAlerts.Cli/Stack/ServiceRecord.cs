namespace NewsAlerts.Cli.Stack;

/// <summary>A service process the stack started, as kept in the data folder's <c>stack.json</c>.</summary>
/// <param name="Name">The service's name, e.g. <c>azurite</c>.</param>
/// <param name="Pid">Its process id.</param>
/// <param name="StartedAt">The process's start time, so a recycled PID is never mistaken for it.</param>
/// <param name="Ports">Its ports by setting name, e.g. <c>Stack:Azurite:TablePort</c>.</param>
public sealed record ServiceRecord(string Name, int Pid, DateTimeOffset StartedAt, IReadOnlyDictionary<string, int> Ports);
