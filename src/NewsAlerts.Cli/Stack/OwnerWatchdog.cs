namespace NewsAlerts.Cli.Stack;

using System.Diagnostics;
using System.Globalization;

/// <summary>
/// Ties processes to the life of this one on Linux, however it ends (normal exit, an unhandled exception, Ctrl+C,
/// a CI timeout's SIGKILL): a small <c>/bin/sh</c> watchdog, in a session of its own, reads the process ids it is given
/// from a pipe whose only writer is this process. When this process ends the kernel closes that pipe, the watchdog reads
/// end-of-file and stops every process group it was given: SIGTERM, then SIGKILL to what is left after
/// <see cref="Grace"/>.
/// </summary>
/// <remarks>
/// Why a pipe: end-of-file comes the moment the owner is gone, needs no polling, and cannot be fooled by a recycled
/// owner PID (the earlier watchdog polled <c>kill -0 owner</c> once a second). Why not <c>prctl(PR_SET_PDEATHSIG)</c>:
/// it fires when the <em>thread</em> that forked the child ends, and .NET starts processes from pool threads that
/// retire while the process lives on, so services would be killed at random. Why process groups: each service is
/// started by <c>setsid</c> (<see cref="ServiceProcess.Start"/>), so its PID names its group and the group holds
/// the helpers it starts; a process that leads no group is signalled alone. The pipe's writing end is opened
/// close-on-exec by .NET, so no other child inherits it and outlives us holding it open.
/// </remarks>
public static class OwnerWatchdog
{
    /// <summary>How long the watchdog waits after SIGTERM before it sends SIGKILL (5 s).</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    // "+PID:START" watches a group, START being the PID's start time as the owner read it when it gave the PID (field 22
    // of /proc/PID/stat, clock ticks since boot; empty when the PID named no process then); "-PID" forgets it (stopped
    // normally, so its id may be recycled). At end of input: stop all. An entry is signalled only while its PID is ours:
    // it names the process that started at START, or it names no process and only its group can be left (a group's id
    // is not given to another process while any member lives). A PID that names another process now, whether it leads
    // a group or not, was recycled and is left alone (review of s31; s32: a recycled PID leading a group of its own was
    // still signalled as a group). The grace loop's sleep is the watchdog's own pacing after its owner is gone, not a
    // wait in a test.
    private const string Script =
        """
        start_of() { sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f20; }
        ours() { now="$(start_of "$1")"; [ -z "$now" ] || [ "$now" = "$2" ]; }
        entries=""
        while read -r line; do
          case "$line" in
            +*:*) entries="$entries ${line#+}" ;;
            -*) gone="${line#-}"; kept=""; for e in $entries; do [ "${e%%:*}" = "$gone" ] || kept="$kept $e"; done; entries="$kept" ;;
          esac
        done
        [ -n "$entries" ] || exit 0
        signal() { for e in $entries; do p="${e%%:*}"; ours "$p" "${e#*:}" || continue; kill -"$1" -- "-$p" 2>/dev/null || kill -"$1" "$p" 2>/dev/null; done; }
        signal TERM
        tries=$(( $1 * 10 ))
        while [ "$tries" -gt 0 ]; do
          alive=""
          for e in $entries; do p="${e%%:*}"; if ours "$p" "${e#*:}" && { kill -0 -- "-$p" 2>/dev/null || kill -0 "$p" 2>/dev/null; }; then alive=1; fi; done
          [ -n "$alive" ] || exit 0
          tries=$((tries - 1))
          sleep 0.1
        done
        signal KILL
        exit 0
        """;

    private static readonly Lock Gate = new();

    // Kept for the life of the process: were it collected, its pipe would close and the watchdog fire.
    private static Process? watchdog;

    /// <summary>The watchdog's PID, or null before the first <see cref="Watch"/>.</summary>
    public static int? Pid
    {
        get
        {
            lock (Gate)
            {
                return watchdog?.Id;
            }
        }
    }

    /// <summary>
    /// Stops <paramref name="pid"/>'s process group (or the process alone if it leads none) when this process ends, while
    /// the PID names the process it names now (its start time is read here and given along).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pid"/> is not positive.</exception>
    /// <exception cref="InvalidOperationException">The watchdog could not be started (no <c>/bin/sh</c> or <c>setsid</c>).</exception>
    public static void Watch(int pid) => Send('+', pid, start: true);

    /// <summary>
    /// The line that tells the watchdog to watch <paramref name="pid"/> as the process that started at
    /// <paramref name="startTime"/> (clock ticks since boot, <see cref="ProcessTable.StartTimeOf"/>; null: it named no
    /// process, so only a group it led can be left).
    /// </summary>
    public static string WatchLine(int pid, long? startTime) =>
        string.Create(CultureInfo.InvariantCulture, $"+{pid}:{startTime}");

    /// <summary>
    /// The command that runs a watchdog (program first, then its arguments): it reads <see cref="WatchLine"/> and
    /// <c>-PID</c> lines from its standard input, and at end of input stops what it watches, waiting
    /// <paramref name="grace"/> (whole seconds) between SIGTERM and SIGKILL. <see cref="Watch"/> starts one on a pipe
    /// only this process writes; a test may give one a pipe of another owner.
    /// </summary>
    public static IReadOnlyList<string> Command(TimeSpan grace) =>
        ["setsid", "/bin/sh", "-c", Script, "newsalerts-watchdog", ((int)grace.TotalSeconds).ToString(CultureInfo.InvariantCulture)];

    /// <summary>
    /// Forgets <paramref name="pid"/> (it was stopped normally and its id may be reused by an unrelated process); nothing
    /// when it was never watched.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pid"/> is not positive.</exception>
    public static void Forget(int pid) => Send('-', pid, start: false);

    /// <summary>
    /// Watches this process's children and every descendant that leads a process group of its own (and so its group),
    /// other than the watchdog itself: for processes started by a library that names no PID (Playwright's driver, and
    /// the browser it launches detached). A short-lived helper inside such a group (a renderer) is not watched by its
    /// PID, which could be given to an unrelated process once it ends; its group is.
    /// </summary>
    /// <returns>The PIDs now watched.</returns>
    /// <exception cref="InvalidOperationException">The watchdog could not be started.</exception>
    public static IReadOnlyList<int> WatchDescendants()
    {
        var watched = new List<int>();
        foreach (var pid in ProcessTable.DescendantsOf(Environment.ProcessId))
        {
            if (ProcessTable.Of(pid) is { } stat && (stat.Parent == Environment.ProcessId || stat.ProcessGroup == pid))
            {
                Watch(pid);
                watched.Add(pid);
            }
        }

        var own = Pid;
        return [.. watched.Where(p => p != own)];
    }

    private static void Send(char sign, int pid, bool start)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pid);
        lock (Gate)
        {
            if (watchdog is null && !start)
            {
                return;
            }

            watchdog ??= Start();
            if (pid == watchdog.Id)
            {
                return;
            }

            watchdog.StandardInput.WriteLine(sign == '+' ? WatchLine(pid, ProcessTable.StartTimeOf(pid)) : string.Create(CultureInfo.InvariantCulture, $"-{pid}"));
            watchdog.StandardInput.Flush();
        }
    }

    private static Process Start()
    {
        // A session of its own, so the Ctrl+C that stops the owner's process group does not stop its watchdog too.
        var command = Command(Grace);
        var info = new ProcessStartInfo(command[0]) { UseShellExecute = false, RedirectStandardInput = true };
        foreach (var argument in command.Skip(1))
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("Could not start the process watchdog (setsid /bin/sh).");
    }
}
