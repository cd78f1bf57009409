namespace NewsAlerts.Cli.Tests.Stack;

using System.Globalization;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

public sealed class Stack_services_run_in_a_session_of_their_own
{
    [Fact]
    public async Task A_service_is_not_in_the_starters_process_group_so_ctrl_c_at_the_terminal_reaches_only_the_starter()
    {
        var logPath = Path.Combine(Path.GetTempPath(), $"newsalerts-session-{Guid.NewGuid():N}.log");
        using var service = ServiceProcess.Start("sleep", ["120"], logPath, Path.GetTempPath());
        try
        {
            // The shell execs setsid, which execs the service: same PID throughout, wait until it is the service.
            await Eventually.TrueAsync(() => Task.FromResult(Stat(service.Id).Command == "sleep"), "the service to replace its starting shell");

            var own = Stat(Environment.ProcessId);
            var started = Stat(service.Id);
            Assert.Equal(service.Id, started.Session);
            Assert.Equal(service.Id, started.ProcessGroup);
            Assert.NotEqual(own.ProcessGroup, started.ProcessGroup);
        }
        finally
        {
            service.Kill();
            await service.WaitForExitAsync();
            File.Delete(logPath);
        }
    }

    // /proc/<pid>/stat: "pid (comm) state ppid pgrp session ..."; comm may hold spaces, so fields count from its ')'.
    private static (string Command, int ProcessGroup, int Session) Stat(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var open = stat.IndexOf('(', StringComparison.Ordinal);
        var close = stat.LastIndexOf(')');
        var fields = stat[(close + 2)..].Split(' ');
        return (stat[(open + 1)..close], int.Parse(fields[2], CultureInfo.InvariantCulture), int.Parse(fields[3], CultureInfo.InvariantCulture));
    }
}
