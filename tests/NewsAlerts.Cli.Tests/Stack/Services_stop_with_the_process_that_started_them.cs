namespace NewsAlerts.Cli.Tests.Stack;

using System.Diagnostics;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

/// <summary>
/// A test run killed outright (a CI timeout, Ctrl+C twice, <c>kill -9</c>) runs no exit handler; the stand-ins it started
/// used to live on, holding their ports. The parent here is test-like: <c>newsalerts stack run</c>, which starts the
/// stack as the test fixture does (every service watched from its start, <see cref="ServiceProcess.StopServicesWithThisProcess"/>),
/// with two stand-ins, the SMS sink and then the feed server. It is killed with SIGKILL, and the stand-in must be gone within a deadline.
/// </summary>
public sealed class Services_stop_with_the_process_that_started_them
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Stand_ins_die_when_their_running_parent_is_killed()
    {
        var data = NewDataDirectory();
        using var parent = StartParent(data);
        try
        {
            var sink = await StartedSinkAsync(data, parent);
            await parent.SaysAsync("Running until Ctrl+C", Deadline);
            // The feed server was launched after the watchdog existed: the watchdog's pipe must not have leaked into it
            // (it would hold the pipe open and the watchdog would never hear of the parent's end).
            var feedServer = StackState.Load(data).Single(r => r.Name == "feedserver").Pid;
            Assert.NotNull(ProcessTable.Of(sink));
            Assert.NotNull(ProcessTable.Of(feedServer));

            await parent.EndAsync();

            await Eventually.TrueAsync(() => Task.FromResult(ProcessTable.Of(sink) is null), $"the SMS sink (PID {sink}) to stop after its parent was killed", Deadline);
            await Eventually.TrueAsync(() => Task.FromResult(ProcessTable.Of(feedServer) is null), $"the feed server (PID {feedServer}) to stop after its parent was killed", Deadline);
        }
        finally
        {
            await CleanUpAsync(parent, data);
        }
    }

    [Fact]
    public async Task A_stand_in_dies_when_its_parent_is_killed_the_moment_it_launched_it()
    {
        var data = NewDataDirectory();
        using var parent = StartParent(data);
        try
        {
            // The record is written as the service is launched, before the stack waits for it to answer: a kill here
            // falls (on any machine where the sink takes longer to answer than one poll) inside the start-up, where the
            // old watchdog, set up once the whole stack was up, did not yet exist. It must pass wherever it falls.
            var sink = await StartedSinkAsync(data, parent);

            await parent.EndAsync();

            await Eventually.TrueAsync(() => Task.FromResult(ProcessTable.Of(sink) is null), $"the SMS sink (PID {sink}) to stop after its starting parent was killed", Deadline);
        }
        finally
        {
            await CleanUpAsync(parent, data);
        }
    }

    [Fact]
    public async Task The_process_table_finds_children_and_their_children()
    {
        using var child = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", "sleep 120 & wait"]) { RedirectStandardInput = true })!;
        try
        {
            await Eventually.TrueAsync(() => Task.FromResult(ProcessTable.DescendantsOf(child.Id).Count == 1), "the shell to start its sleep");
            var grandchild = Assert.Single(ProcessTable.DescendantsOf(child.Id));

            var mine = ProcessTable.DescendantsOf(Environment.ProcessId);

            Assert.Contains(child.Id, mine);
            Assert.Contains(grandchild, mine);
            Assert.Equal(child.Id, ProcessTable.Of(grandchild)!.Value.Parent);
        }
        finally
        {
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }
    }

    private static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), "newsalerts-tests", $"orphans-{Guid.NewGuid():N}");

    // The SMS sink and the feed server only (launched in that order), on free ports, in a data folder of its own.
    private static StackRunProcess StartParent(string data) =>
        StackRunProcess.Start(data, "--Stack:Services=SmsSink, FeedServer", "--Stack:SmsSink:Port=0", "--Stack:FeedServer:Port=0");

    // The SMS sink's PID once the parent has recorded it (stack.json, written as the service is launched).
    private static async Task<int> StartedSinkAsync(string data, StackRunProcess parent)
    {
        var pid = 0;
        await Polling.UntilAsync(
            () =>
            {
                Assert.False(parent.Process.HasExited, "newsalerts stack run ended before it started the SMS sink");
                pid = StackState.Load(data).FirstOrDefault(r => r.Name == "smssink")?.Pid ?? 0;
                return Task.FromResult(pid != 0);
            },
            "the parent to launch the SMS sink",
            Deadline);
        return pid;
    }

    private static async Task CleanUpAsync(StackRunProcess parent, string data)
    {
        await parent.EndAsync();
        await StackRunProcess.CleanUpAsync(data);
    }
}
