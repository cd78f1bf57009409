namespace NewsAlerts.Cli.Tests.Stack;

using System.Diagnostics;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

/// <summary>
/// Review of s31: the watchdog signals a PID only while it names the process it was given (its start time), never an
/// unrelated process the id was given to later; until s32 this was checked by hand. A recycled PID is stood for by a
/// live sleeper of ours registered with a start time other than its own: one that leads no group, and one that leads a
/// group of its own (setsid), which the watchdog used to signal as a group whatever its start time. The owner is a
/// shell holding the writing end of the watchdog's input (a FIFO); it is killed, the watchdog must end within a
/// deadline, and the stale sleepers must live on, while sleepers registered with their true start time are stopped
/// (so the watchdog did hear of its owner's end and did read every line).
/// </summary>
public sealed class A_recycled_pid_is_never_signalled_by_the_watchdog
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Sleepers_given_with_another_start_time_live_on_when_the_owner_is_killed()
    {
        var fifo = Path.Combine(Path.GetTempPath(), $"newsalerts-watchdog-{Guid.NewGuid():N}");
        var started = new List<Process>();
        try
        {
            await RunAsync("mkfifo", fifo);
            var staleLone = Start(started, "sleep", "600");
            var staleLeader = Start(started, "setsid", "sleep", "600");
            var lone = Start(started, "sleep", "600");
            var leader = Start(started, "setsid", "sleep", "600");
            // setsid(1) calls setsid(2) after it starts: wait for each leader to lead its own group (a clean CI run read
            // the group before that call, s32).
            foreach (var groupLeader in new[] { staleLeader, leader })
            {
                await Eventually.TrueAsync(
                    () => Task.FromResult(ProcessTable.Of(groupLeader.Id)?.ProcessGroup == groupLeader.Id),
                    $"PID {groupLeader.Id} to lead its own process group",
                    Deadline);
            }

            Assert.NotEqual(staleLone.Id, ProcessTable.Of(staleLone.Id)!.Value.ProcessGroup);
            string[] lines =
            [
                OwnerWatchdog.WatchLine(staleLone.Id, StartOf(staleLone) + 1),
                OwnerWatchdog.WatchLine(staleLeader.Id, StartOf(staleLeader) - 1),
                OwnerWatchdog.WatchLine(lone.Id, StartOf(lone)),
                OwnerWatchdog.WatchLine(leader.Id, StartOf(leader)),
            ];

            // The watchdog reads the FIFO as its standard input; the owner opens it for writing, writes the lines, says so,
            // and holds it open (reading its own standard input) until it is killed.
            var watchdog = Start(started, ["/bin/sh", "-c", "exec \"$@\" < \"$0\"", fifo, .. OwnerWatchdog.Command(TimeSpan.FromSeconds(5))]);
            var owner = Start(started, ["/bin/sh", "-c", "exec 3> \"$0\"; printf '%s\\n' \"$@\" >&3; echo written; read -r _", fifo, .. lines]);
            using (var written = new CancellationTokenSource(Deadline))
            {
                Assert.Equal("written", await owner.StandardOutput.ReadLineAsync(written.Token));
            }

            owner.Kill();
            await owner.WaitForExitAsync();

            await ExitsAsync(watchdog, "the watchdog to end after its owner was killed");
            await ExitsAsync(lone, $"the sleeper given with its own start time (PID {lone.Id}) to be stopped");
            await ExitsAsync(leader, $"the group leader given with its own start time (PID {leader.Id}) to be stopped");
            Assert.False(staleLone.HasExited, $"the sleeper given with another start time (PID {staleLone.Id}) was signalled");
            Assert.False(staleLeader.HasExited, $"the group leader given with another start time (PID {staleLeader.Id}) was signalled");
            Assert.NotNull(ProcessTable.Of(staleLone.Id));
            Assert.NotNull(ProcessTable.Of(staleLeader.Id));
        }
        finally
        {
            // Stopped by the PIDs this test started, whatever was asserted.
            foreach (var process in started)
            {
                if (!process.HasExited)
                {
                    process.Kill();
                    await process.WaitForExitAsync();
                }

                process.Dispose();
            }

            File.Delete(fifo);
        }
    }

    [Fact]
    public void A_watch_line_carries_the_start_time_or_nothing_for_a_pid_that_names_no_process()
    {
        Assert.Equal("+1234:98765", OwnerWatchdog.WatchLine(1234, 98765));
        Assert.Equal("+1234:", OwnerWatchdog.WatchLine(1234, null));
        Assert.NotNull(ProcessTable.StartTimeOf(Environment.ProcessId));
        Assert.Equal(ProcessTable.StartTimeOf(Environment.ProcessId), ProcessTable.StartTimeOf(Environment.ProcessId));
    }

    private static long StartOf(Process process) =>
        ProcessTable.StartTimeOf(process.Id) ?? throw new InvalidOperationException($"PID {process.Id} names no process");

    private static Process Start(List<Process> started, params string[] command)
    {
        var info = new ProcessStartInfo(command[0]) { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true };
        foreach (var argument in command.Skip(1))
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {command[0]}");
        started.Add(process);
        return process;
    }

    private static async Task RunAsync(string file, params string[] arguments)
    {
        using var process = Process.Start(file, arguments);
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
    }

    private static async Task ExitsAsync(Process process, string what)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"Timed out after {Deadline.TotalSeconds:0} s waiting for {what}.");
        }
    }
}
