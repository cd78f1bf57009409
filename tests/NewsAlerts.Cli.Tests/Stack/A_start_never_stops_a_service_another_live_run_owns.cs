namespace NewsAlerts.Cli.Tests.Stack;

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

/// <summary>
/// Session 43: a recorded live service that did not answer on this start's configured ports was stopped and started
/// again, though another live run owned it (and used it). Such a start now leaves it running and fails with one line
/// naming the run that owns it and the ports where it answers.
/// </summary>
public sealed class A_start_never_stops_a_service_another_live_run_owns
{
    [Fact]
    public async Task A_start_on_other_ports_fails_with_one_line_and_leaves_the_other_runs_service_running()
    {
        using var listening = new TcpListener(IPAddress.Loopback, 0);
        listening.Start();
        var itsPort = ((IPEndPoint)listening.LocalEndpoint).Port;
        using var service = Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        using var owner = Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        try
        {
            var options = SharedStack.PrivateOptions();
            options.Services = StackServices.FeedServer;
            options.FeedServer = new StackOptions.FeedServerPorts { Port = Ports.FindFree() };
            var paths = StackPaths.Locate(AppContext.BaseDirectory, options.DataDirectory);
            var record = ServiceProcess.Record("feedserver", service, new Dictionary<string, int> { ["Stack:FeedServer:Port"] = itsPort }) with { Owner = owner.Id };
            StackState.Save(paths.DataDirectory, [record]);

            var error = await Assert.ThrowsAsync<StackConfigurationException>(() => LocalStack.StartAsync(options, paths, TextWriter.Null, CancellationToken.None));

            Assert.DoesNotContain('\n', error.Message);
            Assert.StartsWith($"feedserver (PID {service.Id}) belongs to the run of PID {owner.Id} and answers on Stack:FeedServer:Port={itsPort}, ", error.Message, StringComparison.Ordinal);
            Assert.Contains($"not on this start's Stack:FeedServer:Port={options.FeedServer.Port}; it is left running", error.Message, StringComparison.Ordinal);
            Assert.False(service.HasExited);
            Assert.Equal(service.Id, Assert.Single(StackState.Load(paths.DataDirectory)).Pid);
            Assert.True(Ports.IsFree(options.FeedServer.Port));
        }
        finally
        {
            service.Kill();
            owner.Kill();
            await service.WaitForExitAsync();
            await owner.WaitForExitAsync();
        }
    }

    [Fact]
    public void Only_a_live_owner_other_than_this_process_holds_a_service()
    {
        var ports = new Dictionary<string, int> { ["Stack:SmsSink:Port"] = 17001 };
        var alive = new HashSet<int> { 4242, 7 };
        bool IsAlive(int pid) => alive.Contains(pid);

        Assert.True(ServiceOwnership.HeldByAnotherRun(new ServiceRecord("smssink", 100, DateTimeOffset.UnixEpoch, ports, Owner: 4242), self: 7, IsAlive));
        Assert.False(ServiceOwnership.HeldByAnotherRun(new ServiceRecord("smssink", 100, DateTimeOffset.UnixEpoch, ports, Owner: 4343), self: 7, IsAlive));
        Assert.False(ServiceOwnership.HeldByAnotherRun(new ServiceRecord("smssink", 100, DateTimeOffset.UnixEpoch, ports, Owner: 7), self: 7, IsAlive));
        Assert.False(ServiceOwnership.HeldByAnotherRun(new ServiceRecord("smssink", 100, DateTimeOffset.UnixEpoch, ports), self: 7, IsAlive));
    }

    [Fact]
    public void A_service_on_its_own_ports_that_does_not_answer_is_named_so()
    {
        var record = new ServiceRecord("smssink", 100, DateTimeOffset.UnixEpoch, new Dictionary<string, int> { ["Stack:SmsSink:Port"] = 17001 }, Owner: 4242);

        var line = ServiceOwnership.HeldLine(record, new Dictionary<string, int> { ["Stack:SmsSink:Port"] = 17001 }, answers: false);

        Assert.Equal(
            "smssink (PID 100) belongs to the run of PID 4242 and does not answer on Stack:SmsSink:Port=17001; "
            + "it is left running. Stop that run first, start with its ports, or use another data folder (Stack:DataDirectory).",
            line);
    }
}
