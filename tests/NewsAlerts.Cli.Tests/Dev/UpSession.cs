namespace NewsAlerts.Cli.Tests.Dev;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsAlerts.Cli.Commands;
using NewsAlerts.Cli.Dev;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

/// <summary>A <c>dev --no-demo</c> session on a private stack of its own, run in this process until it waits for Ctrl+C.</summary>
public sealed class UpSession
{
    private UpSession(StackOptions options, Task<int> running)
    {
        Options = options;
        Running = running;
    }

    /// <summary>The private stack's options (its data folder names the processes the session started).</summary>
    public StackOptions Options { get; }

    /// <summary>What the session writes to standard output.</summary>
    public SessionOutput Output { get; } = new();

    /// <summary>What the session writes to standard error.</summary>
    public SessionOutput Errors { get; } = new();

    /// <summary>Every log entry of the session's host.</summary>
    public RecordedLogs Logs { get; } = new();

    /// <summary>The session, ending with its exit code.</summary>
    public Task<int> Running { get; private set; }

    /// <summary>Starts the session and waits (up to 5 minutes) until it is up; <paramref name="ctrlC"/> stops it.</summary>
    public static async Task<UpSession> StartAsync(CancellationToken ctrlC)
    {
        var up = new UpSession(SharedStack.PrivateOptions(), Task.FromResult(-1));
        var session = new DevSession(
            ["--no-demo", .. DevArguments.OnStack(up.Options.DataDirectory!)], new CliConsole(up.Output, up.Errors),
            services => services.AddSingleton<ILoggerProvider>(up.Logs));
        up.Running = Task.Run(() => session.RunAsync(ctrlC));
        await Eventually.TrueAsync(
            () => Task.FromResult(up.Running.IsCompleted || up.Output.ToString().Contains("Press Ctrl+C", StringComparison.Ordinal)),
            "the dev session to be up and waiting for Ctrl+C", TimeSpan.FromMinutes(5));
        Assert.False(up.Running.IsCompleted, $"dev ended before it was up; output: {up.Output}; errors: {up.Errors}");
        return up;
    }
}
