namespace NewsAlerts.Cli.Stack;

/// <summary>What tells one process from another given the same PID later (<see cref="ProcessIdentity"/>).</summary>
/// <param name="Ticks">
/// Its start in clock ticks since boot (<see cref="ProcessStat.StartTicks"/>); null where there is no <c>/proc</c> or it
/// was not read (records written before s42). When both sides have it, it alone decides.
/// </param>
/// <param name="At">Its start by the wall clock (<see cref="System.Diagnostics.Process.StartTime"/>, UTC); null when unknown.</param>
/// <param name="Program">Its program's name (<see cref="System.Diagnostics.Process.ProcessName"/>, e.g. <c>node</c>); null when unknown.</param>
public sealed record ProcessStart(long? Ticks, DateTimeOffset? At, string? Program);
