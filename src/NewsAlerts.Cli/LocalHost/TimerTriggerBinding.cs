namespace NewsAlerts.Cli.LocalHost;

/// <summary>A timer trigger as declared by <c>[TimerTrigger]</c>.</summary>
/// <param name="Schedule">An NCRONTAB expression, a TimeSpan, or a <c>%Setting%</c> reference to either.</param>
/// <param name="RunOnStartup">Whether the host runs the function once when it starts.</param>
/// <param name="ParameterName">The method parameter that receives the <c>TimerInfo</c>.</param>
public sealed record TimerTriggerBinding(string Schedule, bool RunOnStartup, string ParameterName);
