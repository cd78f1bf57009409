namespace NewsAlerts.Cli.Dev;

using NewsAlerts.Cli.Stack;

/// <summary>A running <c>dev</c>'s local host, as kept in the data folder's <c>hosts/</c> (<see cref="DevHosts"/>).</summary>
/// <param name="Pid">The process that runs the host (the <c>dev</c> itself: the host runs in its process).</param>
/// <param name="Start">What tells that process from a later one given its PID (<see cref="ProcessIdentity"/>).</param>
/// <param name="PublicBaseUrl">Where the host answers, e.g. <c>http://127.0.0.1:7071/</c>.</param>
/// <param name="Demo">Whether the run runs the demo, and so uses the demo's feeds (<see cref="DemoFeeds.RunUsingThem"/>); false in records from before.</param>
public sealed record DevHost(int Pid, ProcessStart Start, Uri PublicBaseUrl, bool Demo = false);
