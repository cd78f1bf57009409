namespace NewsAlerts.Cli.Stack;

using System.Diagnostics;
using System.Runtime.InteropServices;

/// <summary>Starts a service as its own process (its PID is the server's) and stops it by PID.</summary>
public static partial class ServiceProcess
{
    private const int SigTerm = 15;

    /// <summary>
    /// Starts <paramref name="file"/> through <c>/bin/sh -c exec setsid</c> so that the shell is replaced by the service
    /// (same PID) in a session of its own, and its output goes to <paramref name="logPath"/>; the service outlives the
    /// starting process.
    /// </summary>
    public static Process Start(string file, IEnumerable<string> arguments, string logPath, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
        };
        info.ArgumentList.Add("-c");
        // A session of its own: Ctrl+C at the terminal signals the terminal's process group, which must reach only the
        // starting process (dev stops its host first, then these by PID), not the host's dependencies under its feet.
        info.ArgumentList.Add("exec setsid \"$0\" \"$@\" >>\"$NEWSALERTS_SERVICE_LOG\" 2>&1 </dev/null");
        info.ArgumentList.Add(file);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["NEWSALERTS_SERVICE_LOG"] = logPath;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
    }

    /// <summary>Whether the recorded process still runs (same PID and same start time).</summary>
    public static bool IsAlive(ServiceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        try
        {
            using var process = Process.GetProcessById(record.Pid);
            return !process.HasExited && Math.Abs((process.StartTime.ToUniversalTime() - record.StartedAt.UtcDateTime).TotalSeconds) < 2;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Asks the process to stop (SIGTERM), then kills it if it is still there after the grace period.</summary>
    public static async Task StopAsync(ServiceRecord record, TimeSpan grace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!IsAlive(record))
        {
            return;
        }

        using var process = Process.GetProcessById(record.Pid);
        _ = Kill(record.Pid, SigTerm);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(grace);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Starts a small watchdog that stops the given services (SIGTERM, then SIGKILL) once the owner process is gone,
    /// so services a test run or a dev session started never outlive it, even when it is killed.
    /// </summary>
    public static void StopWhenOwnerExits(int ownerPid, IEnumerable<ServiceRecord> services)
    {
        var pids = string.Join(' ', services.Select(s => s.Pid));
        if (pids.Length == 0)
        {
            return;
        }

        // In a session of its own too, so the Ctrl+C that stops the owner does not stop its watchdog.
        var info = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardInput = true };
        info.ArgumentList.Add("/bin/sh");
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(
            $"while kill -0 {ownerPid} 2>/dev/null; do sleep 1; done; kill -TERM {pids} 2>/dev/null; sleep 5; kill -KILL {pids} 2>/dev/null; exit 0");
        using var watchdog = Process.Start(info);
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
