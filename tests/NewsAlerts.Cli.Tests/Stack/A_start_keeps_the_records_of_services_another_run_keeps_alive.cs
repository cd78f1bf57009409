namespace NewsAlerts.Cli.Tests.Stack;

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

/// <summary>
/// Trial s42: with a <c>dev</c> running since 11:16, a second start at 11:29 took its services for strangers (their
/// wall-clock start had drifted), failed on "Port 10000 (Stack:Azurite:BlobPort) is already in use by another process",
/// and its clean-up wrote <c>[]</c> to stack.json while the services ran on. A start reuses a recorded service whatever
/// the wall clock says now, and a failed start forgets only what it started and stopped and what is truly gone.
/// </summary>
public sealed class A_start_keeps_the_records_of_services_another_run_keeps_alive
{
    [Fact]
    public async Task A_start_13_minutes_of_wall_clock_drift_later_reuses_the_running_service()
    {
        var options = SharedStack.PrivateOptions();
        options.Services = StackServices.FeedServer;
        var paths = StackPaths.Locate(AppContext.BaseDirectory, options.DataDirectory);
        var first = await LocalStack.StartAsync(options, paths, TextWriter.Null, CancellationToken.None);
        try
        {
            var started = Assert.Single(first.Started);
            StackState.Save(paths.DataDirectory, [started with { StartedAt = started.StartedAt.AddMinutes(-13) }]);
            using var log = new StringWriter();

            var second = await LocalStack.StartAsync(options, paths, log, CancellationToken.None);

            Assert.Empty(second.Started);
            Assert.Contains($"feedserver: already running (PID {started.Pid}), reused", log.ToString(), StringComparison.Ordinal);
            Assert.Equal(first.FeedServer, second.FeedServer);
            Assert.Equal(started.Pid, Assert.Single(StackState.Load(paths.DataDirectory)).Pid);
        }
        finally
        {
            await LocalStack.StopAllAsync(paths, CancellationToken.None);
        }

        Assert.Empty(StackState.Load(paths.DataDirectory));
    }

    [Fact]
    public async Task A_start_that_fails_on_a_port_a_stranger_holds_leaves_the_records_of_live_services_untouched()
    {
        using var stranger = new TcpListener(IPAddress.Loopback, 0);
        stranger.Start();
        using var alive = Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        using var ended = Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        var goneRecord = ServiceProcess.Record("smtp4dev", ended, new Dictionary<string, int>());
        ended.Kill();
        await ended.WaitForExitAsync();
        try
        {
            var options = SharedStack.PrivateOptions();
            options.Services = StackServices.FeedServer;
            options.FeedServer = new StackOptions.FeedServerPorts { Port = ((IPEndPoint)stranger.LocalEndpoint).Port };
            var paths = StackPaths.Locate(AppContext.BaseDirectory, options.DataDirectory);
            // Another run's Azurite (its owner a PID of that run), recorded 13 min of wall-clock drift ago.
            var azurite = ServiceProcess.Record("azurite", alive, new Dictionary<string, int> { ["Stack:Azurite:BlobPort"] = 10000 }) with { Owner = 4242 };
            azurite = azurite with { StartedAt = azurite.StartedAt.AddMinutes(-13) };
            StackState.Save(paths.DataDirectory, [azurite, goneRecord]);

            var error = await Assert.ThrowsAsync<StackConfigurationException>(() => LocalStack.StartAsync(options, paths, TextWriter.Null, CancellationToken.None));

            Assert.Contains("(Stack:FeedServer:Port) is already in use by another process", error.Message, StringComparison.Ordinal);
            var kept = Assert.Single(StackState.Load(paths.DataDirectory));
            Assert.Equal((azurite.Name, azurite.Pid, azurite.StartTicks, azurite.StartedAt, azurite.Owner), (kept.Name, kept.Pid, kept.StartTicks, kept.StartedAt, kept.Owner));
            Assert.Equal(azurite.Ports, kept.Ports);
            Assert.False(alive.HasExited);
        }
        finally
        {
            alive.Kill();
            await alive.WaitForExitAsync();
        }
    }

    [Fact]
    public void After_a_start_or_a_stop_only_records_stopped_here_or_of_processes_gone_are_forgotten()
    {
        var ports = new Dictionary<string, int>();
        var otherRuns = new ServiceRecord("azurite", 101, DateTimeOffset.UnixEpoch, ports, Owner: 4242, StartTicks: 1);
        var stoppedHere = new ServiceRecord("smtp4dev", 102, DateTimeOffset.UnixEpoch, ports, StartTicks: 2);
        var gone = new ServiceRecord("smssink", 103, DateTimeOffset.UnixEpoch, ports, StartTicks: 3);
        var alive = new HashSet<int> { 101, 102 };

        var kept = StackState.Kept([otherRuns, stoppedHere, gone], [stoppedHere], r => alive.Contains(r.Pid));

        Assert.Equal([otherRuns], kept);
        Assert.Equal([otherRuns, stoppedHere], StackState.Kept([otherRuns, stoppedHere, gone], [], r => alive.Contains(r.Pid)));
    }
}
