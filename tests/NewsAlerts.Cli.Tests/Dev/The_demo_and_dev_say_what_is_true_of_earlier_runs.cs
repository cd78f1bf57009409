namespace NewsAlerts.Cli.Tests.Dev;

using Microsoft.Extensions.Configuration;
using NewsAlerts.Cli.Dev;
using NewsAlerts.Cli.Stack;

/// <summary>
/// Trial r38: a second <c>dev</c> on the same data said "matched 7 of 4 demo subscribers" (#4); <c>--Smtp:Port=70000</c>
/// and <c>--Twilio:FromNumber=abc</c> were replaced by the stack's without a word (#9); and a service killed and
/// replaced meanwhile was reported "stopped (PID 9987)" (#15).
/// </summary>
public sealed class The_demo_and_dev_say_what_is_true_of_earlier_runs
{
    [Theory]
    [InlineData(3, 3, 4, "matched 3 of the 4 demo subscribers")]
    [InlineData(7, 3, 4, "matched 7 subscribers (3 of the 4 demo subscribers, 4 from earlier runs or other sign-ups)")]
    public void The_match_line_counts_the_demo_subscribers_apart_from_the_others(int matched, int demo, int subscribers, string line) =>
        Assert.Equal(line, DemoExplanations.Matched(matched, demo, subscribers));

    [Fact]
    public void Each_setting_dev_owns_and_was_given_otherwise_is_named_once_without_its_value()
    {
        var stack = new RunningStack(
            StackPaths.Locate(AppContext.BaseDirectory, Path.GetTempPath()), "UseDevelopmentStorage=true", "Endpoint=sb://127.0.0.1", 2525,
            new Uri("http://127.0.0.1:5000/"), new Uri("http://127.0.0.1:5090/"), [], []);
        var given = new ConfigurationBuilder().AddCommandLine(["--Smtp:Port=70000", "--Twilio:FromNumber=abc", "--Smtp:Host=127.0.0.1", "--RateLimits:SignUpsPerClient=500"]).Build();

        var lines = DevOwnedSettings.Ignored(stack.AppSettings, given);

        Assert.Equal(2, lines.Count); // Smtp:Host was given as the stack has it; RateLimits are not dev's
        Assert.StartsWith("newsalerts dev: ignoring Smtp:Port: dev sends mail to the local stack's smtp4dev", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("newsalerts dev: ignoring Twilio:FromNumber: dev sends texts to the local stack's SMS sink", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("70000", StringComparison.Ordinal) || l.Contains("abc", StringComparison.Ordinal));
    }

    [Fact]
    public void A_service_that_had_already_exited_is_not_said_to_be_stopped()
    {
        var record = new ServiceRecord("smtp4dev", 9987, DateTimeOffset.UtcNow, new Dictionary<string, int>());

        Assert.Equal("smtp4dev: PID 9987 had already exited", new ServiceStop(record, WasRunning: false).Line());
        Assert.Equal("smtp4dev: stopped (PID 9987)", new ServiceStop(record, WasRunning: true).Line());
    }

    [Fact]
    public async Task Stopping_a_process_that_already_exited_reports_it_as_gone()
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        var startedAt = process.StartTime.ToUniversalTime();
        var record0 = new ServiceRecord("sleeper", process.Id, startedAt, new Dictionary<string, int>());
        Assert.True(ServiceProcess.IsAlive(record0));
        process.Kill(); // as the trial's smtp4dev, killed while dev ran
        await process.WaitForExitAsync();
        var record = new ServiceRecord("sleeper", process.Id, startedAt, new Dictionary<string, int>());

        Assert.False(await ServiceProcess.StopAsync(record, TimeSpan.FromSeconds(5), CancellationToken.None));
    }
}
