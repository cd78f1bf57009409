namespace NewsAlerts.Cli.Tests.Stack;

using NewsAlerts.Cli.Stack;

/// <summary>
/// Trial r41 #1: a second <c>dev</c> reused the stand-ins of a first one that was still starting; the first then failed
/// and stopped them, and the second went on "running" on nothing, writing hundreds of stack traces a minute. Here two
/// real <c>stack run</c> processes share one data folder: the second reuses the first's SMS sink, is told whose it is,
/// and when the first ends (killed, so its watchdog stops the sink) the second stops with one line naming the sink, its
/// PID and the process that stopped it, exit code 1, no stack trace.
/// </summary>
public sealed class A_run_whose_reused_services_are_stopped_stops_with_one_line
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_second_run_says_whose_service_it_reuses_and_stops_with_one_line_when_that_one_goes()
    {
        var data = Path.Combine(Path.GetTempPath(), "newsalerts-tests", $"reused-{Guid.NewGuid():N}");
        using var first = StackRunProcess.Start(data, "--Stack:Services=SmsSink", "--Stack:SmsSink:Port=0");
        StackRunProcess? second = null;
        try
        {
            await first.SaysAsync("Running until Ctrl+C", Deadline);
            var sink = StackState.Load(data).Single(r => r.Name == "smssink");
            Assert.Equal(first.Process.Id, sink.Owner);

            second = StackRunProcess.Start(data, "--Stack:Services=SmsSink", "--Stack:SmsSink:Port=0");
            await second.SaysAsync("Running until Ctrl+C", Deadline);
            Assert.Contains($"smssink: already running (PID {sink.Pid}), reused; PID {first.Process.Id} started it and stops it when it ends", second.Said, StringComparison.Ordinal);

            await first.EndAsync();
            using (var deadline = new CancellationTokenSource(Deadline))
            {
                // Throws at the deadline: the second run did not notice its SMS sink was gone.
                await second.Process.WaitForExitAsync(deadline.Token);
            }

            Assert.Equal(1, second.Process.ExitCode);
            var line = Assert.Single(second.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.StartsWith($"newsalerts stack: smssink (PID {sink.Pid}) has stopped (PID {first.Process.Id}, which started it, has stopped it)", line, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", second.Said, StringComparison.Ordinal);
            Assert.DoesNotContain("Local stack stopped.", second.Said, StringComparison.Ordinal);
        }
        finally
        {
            await first.EndAsync();
            if (second is not null)
            {
                await second.EndAsync();
                second.Dispose();
            }

            await StackRunProcess.CleanUpAsync(data);
        }
    }

    [Fact]
    public void A_service_this_run_started_or_that_outlives_its_starter_is_named_with_its_log()
    {
        var own = new ServiceRecord("azurite", 4242, DateTimeOffset.UnixEpoch, new Dictionary<string, int>(), Environment.ProcessId);
        var started = new ServiceRecord("azurite", 4242, DateTimeOffset.UnixEpoch, new Dictionary<string, int>());

        Assert.Equal("azurite: already running (PID 4242), reused", StackWatch.ReusedLine(started));
        Assert.Equal("azurite: already running (PID 4242), reused", StackWatch.ReusedLine(own));
        Assert.StartsWith($"azurite (PID 4242) has stopped (its log: {Path.Combine("/data", "azurite.log")}); ", StackWatch.GoneLine(own, startedHere: true, "/data"), StringComparison.Ordinal);
        Assert.StartsWith($"azurite (PID 4242) has stopped (its log: {Path.Combine("/data", "azurite.log")}); ", StackWatch.GoneLine(started, startedHere: false, "/data"), StringComparison.Ordinal);
    }
}
