namespace NewsAlerts.Cli.Tests.Dev;

using Microsoft.Extensions.Logging;
using NewsAlerts.Cli.Stack;

public sealed class Ctrl_c_stops_the_host_then_everything_dev_started
{
    [Fact]
    public async Task Cancelling_a_running_dev_session_stops_the_host_and_every_process_it_started_says_so_and_logs_no_error_meanwhile()
    {
        using var ctrlC = new CancellationTokenSource();
        var up = await UpSession.StartAsync(ctrlC.Token);
        var (options, output, logs, running) = (up.Options, up.Output, up.Logs, up.Running);
        var started = StackState.Load(options.DataDirectory!);
        Assert.Equal(5, started.Count);
        // As Program does on Ctrl+C (SIGINT) and the host's console lifetime on SIGTERM: the session's token ends.
        logs.MarkStopRequested();
        await ctrlC.CancelAsync();
        var exitCode = await running.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain(started, ServiceProcess.IsAlive);
        var stopLines = output.ToString();
        Assert.Contains("function host: stopped", stopLines, StringComparison.Ordinal);
        Assert.All(started, s => Assert.Contains($"{s.Name}: stopped (PID {s.Pid})", stopLines, StringComparison.Ordinal));
        // The host stops before its dependencies, so nothing it does while stopping meets a closed port.
        Assert.Empty(logs.AfterStop(LogLevel.Warning));
        Assert.DoesNotContain(StackState.Load(options.DataDirectory!), ServiceProcess.IsAlive);
    }
}
