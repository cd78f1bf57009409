namespace NewsAlerts.Cli.Tests.Dev;

using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NewsAlerts.Cli.Stack;

/// <summary>
/// Trial s42 #A: a second <c>dev</c>, whose stack the first one stopped, printed its one line and then a warning per
/// sender with a whole AggregateException stack ("Connection refused (127.0.0.1:10002)"): the replica's check-out ran
/// against storage that was gone. Here the session's storage stand-in (Azurite) is stopped under a running session:
/// the session ends with exit code 1 and the one line naming Azurite, and its host, stopping on a stack that is gone,
/// shows nothing of its check-outs and hand-backs that can only fail.
/// </summary>
public sealed class A_session_whose_storage_stops_first_says_one_line_and_no_stack_trace
{
    [Fact]
    public async Task The_session_says_the_stack_is_gone_in_one_line_and_its_stopping_host_logs_nothing()
    {
        var up = await UpSession.StartAsync(CancellationToken.None);
        var (options, output, errors, logs, running) = (up.Options, up.Output, up.Errors, up.Logs, up.Running);
        var azurite = StackState.Load(options.DataDirectory!).Single(s => s.Name == "azurite");
        logs.MarkStopRequested();
        using (var storage = Process.GetProcessById(azurite.Pid))
        {
            storage.Kill(entireProcessTree: true);
        }

        var exitCode = await running.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(1, exitCode);
        var line = Assert.Single(errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith($"newsalerts dev: azurite (PID {azurite.Pid}) has stopped", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output.ToString(), StringComparison.Ordinal);
        // What the host does while it stops on a stack that is gone (replica check-outs, processors handing back) is not shown.
        Assert.DoesNotContain(logs.AfterStop(LogLevel.Warning), e => e.Message.Contains("Checking this replica out", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.AfterStop(LogLevel.Warning), e => e.Message.Contains("stopping the processor failed", StringComparison.Ordinal));
        Assert.DoesNotContain(StackState.Load(options.DataDirectory!), ServiceProcess.IsAlive);
    }
}
