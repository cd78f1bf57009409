namespace NewsAlerts.Cli.Tests.Dev;

using NewsAlerts.Cli.Commands;
using NewsAlerts.Cli.Dev;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

/// <summary>
/// Trial s45 #14: Ctrl+C while <c>dev</c> was still starting ended in "Unhandled exception.
/// System.Threading.Tasks.TaskCanceledException … at HealthProbe.GetAsync" and exit status 134 (README: never a stack
/// trace). Stopped at any step before it is up, a run says so in one line, stops by PID every service it started (a line
/// each) and exits 130. The stop is asked for when the run has printed a given line (an event the test waits on, never a
/// time): before anything starts, and once the stack's first service has started (the rest still starting).
/// </summary>
public sealed class Ctrl_c_while_dev_starts_stops_what_it_started_without_a_stack_trace
{
    [Theory]
    [InlineData("")]
    [InlineData(": started (PID")]
    public async Task A_run_stopped_before_it_is_up_exits_130_with_one_line_and_leaves_nothing_running(string stopAfter)
    {
        var options = SharedStack.PrivateOptions();
        var output = new SessionOutput();
        var errors = new SessionOutput();
        using var ctrlC = new CancellationTokenSource();
        if (stopAfter.Length == 0)
        {
            await ctrlC.CancelAsync();
        }

        var session = new DevSession(["--no-demo", .. DevArguments.OnStack(options.DataDirectory!)], new CliConsole(output, errors));
        var running = Task.Run(() => session.RunAsync(ctrlC.Token));
        if (stopAfter.Length > 0)
        {
            await Eventually.TrueAsync(
                () => Task.FromResult(running.IsCompleted || output.ToString().Contains(stopAfter, StringComparison.Ordinal)),
                $"the run to print \"{stopAfter}\"", TimeSpan.FromMinutes(5));
            Assert.False(running.IsCompleted, $"dev ended before it printed \"{stopAfter}\"; output: {output}; errors: {errors}");
            await ctrlC.CancelAsync();
        }

        var exitCode = await running.WaitAsync(TimeSpan.FromMinutes(3));

        Assert.Equal(DevSession.Interrupted, exitCode);
        Assert.Contains(DevSession.InterruptedLine, errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output.ToString() + errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Press Ctrl+C", output.ToString(), StringComparison.Ordinal);
        var started = StackState.Load(options.DataDirectory!);
        Assert.DoesNotContain(started, ServiceProcess.IsAlive);
        if (stopAfter.Length > 0)
        {
            Assert.Contains(": stopped (PID", output.ToString(), StringComparison.Ordinal);
        }
    }
}
