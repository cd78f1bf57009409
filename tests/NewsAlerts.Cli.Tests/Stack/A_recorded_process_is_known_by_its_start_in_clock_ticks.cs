namespace NewsAlerts.Cli.Tests.Stack;

using System.Diagnostics;
using NewsAlerts.Cli.Stack;

/// <summary>
/// Trial s42: a second <c>dev</c> 13 minutes after the first took the first one's services for strangers, because
/// <see cref="Process.StartTime"/> (boot time computed from the wall clock minus the uptime) had drifted past the 2 s
/// tolerance; it said port 10000 was "in use by another process". On Linux a process is its PID and its start in clock
/// ticks since boot (field 22 of <c>/proc/PID/stat</c>); elsewhere, a wider wall-clock tolerance and the program's name.
/// </summary>
public sealed class A_recorded_process_is_known_by_its_start_in_clock_ticks
{
    private const string Fields = "17 4242 4242 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 987654 8192 100 18446744073709551615";

    private static readonly DateTimeOffset Recorded = new(2026, 12, 3, 11, 16, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("(a) b)")]
    [InlineData("sleep")]
    [InlineData("a b")]
    [InlineData(")")]
    [InlineData("(")]
    [InlineData("")]
    public void A_stat_line_is_read_from_the_last_parenthesis_whatever_the_command_name_holds(string command)
    {
        var stat = ProcessStat.Parse($"4242 ({command}) S {Fields}");

        Assert.Equal(new ProcessStat('S', 17, 4242, 4242, 987654), stat);
    }

    [Theory]
    [InlineData("")]
    [InlineData("4242 (sleep")]
    [InlineData("4242 (sleep)")]
    [InlineData("4242 (sleep) S 17 4242 4242")]
    [InlineData("4242 (sleep) S x 4242 4242 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 987654")]
    [InlineData("4242 (sleep) S 17 4242 4242 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 -5")]
    public void A_line_that_is_not_a_stat_line_reads_as_none(string line) => Assert.Null(ProcessStat.Parse(line));

    [Fact]
    public async Task A_live_process_named_with_spaces_and_parentheses_is_read_with_its_parent_and_start()
    {
        var directory = Directory.CreateTempSubdirectory("newsalerts-comm-");
        var program = Path.Combine(directory.FullName, "(a) b)");
        File.Copy("/bin/sleep", program); // with its mode: executable
        using var process = Process.Start(new ProcessStartInfo(program, "600") { UseShellExecute = false })!;
        try
        {
            var stat = ProcessTable.StatOf(process.Id);

            Assert.NotNull(stat);
            Assert.Equal(Environment.ProcessId, stat.Parent);
            Assert.Contains("((a) b)) ", await File.ReadAllTextAsync($"/proc/{process.Id}/stat"), StringComparison.Ordinal);
            Assert.Equal(stat.StartTicks, ProcessTable.StartTimeOf(process.Id));
            Assert.True(ProcessIdentity.IsAlive(process.Id, new ProcessStart(stat.StartTicks, null, null)));
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    // Known ticks decide alone: equal is the process whatever the wall clock says (13 min: the trial's 11:16 to 11:29).
    [InlineData(987654L, 987654L, 13 * 60, null, null, true)]
    [InlineData(987654L, 987654L, -2 * 3600, "node", "dotnet", true)]
    [InlineData(987654L, 987655L, 0, "node", "node", false)]
    // Ticks unknown on a side (no /proc, a record from before s42): wall clock within 5 min and the same program.
    [InlineData(null, 987654L, 21, "node", "node", true)]
    [InlineData(987654L, null, -299, "node", null, true)]
    [InlineData(null, null, 301, "node", "node", false)]
    [InlineData(null, null, 1, "node", "dotnet", false)]
    [InlineData(null, null, 1, null, "dotnet", true)]
    public void The_rule_compares_ticks_when_both_sides_know_them_and_the_wall_clock_and_program_otherwise(
        long? recordedTicks, long? ticksNow, int secondsApart, string? recordedProgram, string? programNow, bool same)
    {
        var recorded = new ProcessStart(recordedTicks, Recorded, recordedProgram);
        var now = new ProcessStart(ticksNow, Recorded.AddSeconds(secondsApart), programNow);

        Assert.Equal(same, ProcessIdentity.Same(recorded, now));
    }

    [Fact]
    public void Nothing_under_the_pid_is_never_the_recorded_process() =>
        Assert.False(ProcessIdentity.Same(new ProcessStart(987654, Recorded, "node"), null));

    [Fact]
    public async Task A_record_whose_wall_clock_start_is_minutes_off_but_whose_ticks_match_is_alive_until_its_process_ends()
    {
        using var process = Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        try
        {
            var record = ServiceProcess.Record("azurite", process, new Dictionary<string, int> { ["Stack:Azurite:BlobPort"] = 10000 });
            Assert.NotNull(record.StartTicks);
            var drifted = record with { StartedAt = record.StartedAt.AddMinutes(-13) };
            var recycled = record with { StartTicks = record.StartTicks + 1 };

            Assert.True(ServiceProcess.IsAlive(drifted));
            Assert.True(ServiceProcess.IsAlive(record with { StartedAt = record.StartedAt.AddHours(3) }));
            Assert.False(ServiceProcess.IsAlive(recycled));
            Assert.Equal("sleep", ServiceProcess.WithProgram(record).Program);

            process.Kill();
            await process.WaitForExitAsync();

            Assert.False(ServiceProcess.IsAlive(drifted));
            Assert.False(await ServiceProcess.StopAsync(drifted, TimeSpan.FromSeconds(5), CancellationToken.None));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    [Fact]
    public async Task A_record_from_before_start_ticks_were_kept_is_known_by_its_wall_clock_start()
    {
        using var process = Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        try
        {
            var record = ServiceProcess.Record("smtp4dev", process, new Dictionary<string, int>()) with { StartTicks = null };

            Assert.True(ServiceProcess.IsAlive(record));
            Assert.True(ServiceProcess.IsAlive(record with { StartedAt = record.StartedAt.AddSeconds(21), Program = "sleep" }));
            Assert.False(ServiceProcess.IsAlive(record with { Program = "dotnet" }));
            Assert.False(ServiceProcess.IsAlive(record with { StartedAt = record.StartedAt.AddMinutes(-13) }));
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }
}
