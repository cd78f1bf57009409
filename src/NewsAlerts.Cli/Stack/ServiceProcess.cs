namespace NewsAlerts.Cli.Stack;

using System.Diagnostics;
using System.Runtime.InteropServices;

/// <summary>Starts a service as its own process (its PID is the server's) and stops it by PID.</summary>
public static partial class ServiceProcess
{
    private const int SigTerm = 15;

    // Set by StopServicesWithThisProcess: every service started from then on is watched from its first moment.
    private static volatile bool tiedToThisProcess;

    /// <summary>
    /// From now on, every service this process starts stops when this process ends, however it ends
    /// (<see cref="OwnerWatchdog"/>): each is watched the moment it is started, so a test run killed while the stack is
    /// still starting leaves nothing behind either. For test runs and foreground sessions, not for <c>stack start</c>,
    /// whose services outlive it by design.
    /// </summary>
    public static void StopServicesWithThisProcess() => tiedToThisProcess = true;

    /// <summary>This process's id when the services it starts stop with it (<see cref="StopServicesWithThisProcess"/>), else null.</summary>
    public static int? Owner => tiedToThisProcess ? Environment.ProcessId : null;

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

        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        if (tiedToThisProcess)
        {
            OwnerWatchdog.Watch(process.Id);
        }

        return process;
    }

    /// <summary>
    /// The record of a service process just started by <see cref="Start"/>: its PID, its start in clock ticks since boot
    /// and by the wall clock (<see cref="ProcessIdentity"/>), and <see cref="Owner"/>.
    /// </summary>
    /// <param name="name">The service's name, e.g. <c>azurite</c>.</param>
    /// <param name="process">The process <see cref="Start"/> gave.</param>
    /// <param name="ports">Its ports by setting name.</param>
    public static ServiceRecord Record(string name, Process process, IReadOnlyDictionary<string, int> ports)
    {
        ArgumentNullException.ThrowIfNull(process);
        return new ServiceRecord(name, process.Id, process.StartTime.ToUniversalTime(), ports, Owner, ProcessTable.StartTimeOf(process.Id));
    }

    /// <summary>
    /// <paramref name="record"/> with the name of the program its process runs now (<see cref="ServiceRecord.Program"/>):
    /// to be read once the service is up, when <c>sh</c> and <c>setsid</c> have given way to it.
    /// </summary>
    public static ServiceRecord WithProgram(ServiceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record with { Program = ProcessIdentity.Read(record.Pid)?.Program };
    }

    /// <summary>Whether the recorded process still runs: its PID names the process recorded (<see cref="ProcessIdentity"/>).</summary>
    public static bool IsAlive(ServiceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return ProcessIdentity.IsAlive(record.Pid, record.Start());
    }

    /// <summary>
    /// Asks the process to stop (SIGTERM), then kills it if it is still there after the grace period; true when it was
    /// running, false when it had already exited (trial r38 #15: a stop line must not say "stopped" for it).
    /// </summary>
    public static async Task<bool> StopAsync(ServiceRecord record, TimeSpan grace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!IsAlive(record))
        {
            OwnerWatchdog.Forget(record.Pid);
            return false;
        }

        using var process = Open(record.Pid);
        if (process is null)
        {
            // Ended between the two looks.
            OwnerWatchdog.Forget(record.Pid);
            return false;
        }

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

        // Gone, so the watchdog must not signal whatever process is given this PID later.
        OwnerWatchdog.Forget(record.Pid);
        return true;
    }

    /// <summary>
    /// Stops the given services (their process groups: SIGTERM, then SIGKILL) once this process is gone, however it
    /// ends (<see cref="OwnerWatchdog"/>), so services a test run or a dev session started never outlive it. A service
    /// whose recorded PID now names another process (<see cref="IsAlive"/> false) is left out.
    /// </summary>
    /// <param name="ownerPid">This process's id: the watchdog learns of its end through a pipe only this process holds.</param>
    /// <param name="services">The services to stop with it.</param>
    /// <exception cref="ArgumentException"><paramref name="ownerPid"/> is not this process.</exception>
    public static void StopWhenOwnerExits(int ownerPid, IEnumerable<ServiceRecord> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (ownerPid != Environment.ProcessId)
        {
            throw new ArgumentException($"Only this process ({Environment.ProcessId}) can own its services, not {ownerPid}.", nameof(ownerPid));
        }

        foreach (var service in services)
        {
            // A recorded PID that names another process now was recycled: watching it would stop that process. One that
            // names none may still have the service's group (its helpers), which keeps the id from reuse.
            if (ProcessTable.StartTimeOf(service.Pid) is null || IsAlive(service))
            {
                OwnerWatchdog.Watch(service.Pid);
            }
        }
    }

    private static Process? Open(int pid)
    {
        try
        {
            return Process.GetProcessById(pid);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
