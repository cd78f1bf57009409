namespace NewsAlerts.Cli.Stack;

/// <summary>
/// Watches the service processes a running <c>dev</c> or <c>stack run</c> uses, and says the moment one of them is gone.
/// A service this process reused was started by another one, which stops it when it ends (trial r41 #1: a second
/// <c>dev</c> that reused the first one's stack kept "running" after the first stopped it, with every dependency
/// refused and hundreds of stack traces a minute). Without its stack a run can do nothing, so it stops with one line.
/// </summary>
public sealed class StackWatch : IDisposable
{
    /// <summary>How often the processes are looked at (1 s).</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource lost = new();
    private readonly CancellationTokenSource ended = new();

    private StackWatch()
    {
    }

    /// <summary>Cancelled when a watched service is gone; <see cref="Gone"/> then names it.</summary>
    public CancellationToken Lost => lost.Token;

    /// <summary>The one line that says which service is gone and why this run stops; null while all run.</summary>
    public string? Gone { get; private set; }

    /// <summary>Starts watching every service of <paramref name="stack"/> (those it started and those it reused).</summary>
    public static StackWatch Start(RunningStack stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var watch = new StackWatch();
        _ = watch.WatchAsync(stack);
        return watch;
    }

    /// <summary>
    /// The line for a service found running and reused: <c>smssink: already running (PID 4010), reused</c>, and when
    /// another process started it and stops it when it ends, that this run then stops too.
    /// </summary>
    public static string ReusedLine(ServiceRecord service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var line = $"{service.Name}: already running (PID {service.Pid}), reused";
        return service.Owner is { } owner && owner != Environment.ProcessId
            ? $"{line}; PID {owner} started it and stops it when it ends, and this run then stops too"
            : line;
    }

    /// <summary>
    /// The line for a service whose process is gone: by whom it was started, where its log is, and that this run stops.
    /// </summary>
    /// <param name="service">The service as recorded.</param>
    /// <param name="startedHere">Whether this process started it.</param>
    /// <param name="dataDirectory">The stack's data folder (its log is <c>&lt;name&gt;.log</c> there).</param>
    public static string GoneLine(ServiceRecord service, bool startedHere, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(service);
        var why = !startedHere && service.Owner is { } owner && owner != Environment.ProcessId
            ? $"PID {owner}, which started it, has stopped it"
            : $"its log: {Path.Combine(dataDirectory, service.Name + ".log")}";
        return $"{service.Name} (PID {service.Pid}) has stopped ({why}); nothing here works without it, so this run stops too. Run it again to start the stack afresh.";
    }

    /// <inheritdoc />
    public void Dispose()
    {
        ended.Cancel();
        ended.Dispose();
    }

    private async Task WatchAsync(RunningStack stack)
    {
        var token = ended.Token;
        try
        {
            using var timer = new PeriodicTimer(Period);
            while (await timer.WaitForNextTickAsync(token))
            {
                if (stack.Services.FirstOrDefault(s => !ServiceProcess.IsAlive(s)) is { } gone)
                {
                    Gone = GoneLine(gone, stack.Started.Any(s => s.Pid == gone.Pid), stack.Paths.DataDirectory);
                    await lost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed: the run is ending anyway.
        }
    }
}
