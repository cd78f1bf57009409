namespace NewsAlerts.Cli.Stack;

using System.Diagnostics;

/// <summary>
/// The one rule for "is this PID still the process we recorded", for every place that asks it: the records of
/// <c>stack.json</c> (reuse at start, <see cref="StackWatch"/>, <c>stack stop</c> and <c>stack status</c>, the watchdog's
/// hand-over) and the holders named in the PID files of <c>stack.lock</c> and <c>install.lock</c>.
/// </summary>
/// <remarks>
/// On Linux a process is its PID and its start in clock ticks since boot (field 22 of <c>/proc/PID/stat</c>), which
/// the kernel sets once. The wall-clock start .NET gives (<see cref="Process.StartTime"/>) is boot time computed as now
/// minus uptime, and drifts on a loaded VM: trial s42's second <c>dev</c> took its own stack's services for strangers
/// after some minutes (2 s tolerance), said their ports were "in use by another process" and emptied stack.json.
/// Where ticks are unknown (no <c>/proc</c>, a record from before s42) the wall-clock start must lie within
/// <see cref="WallClockTolerance"/> and the program's name must match when both are known.
/// </remarks>
public static class ProcessIdentity
{
    /// <summary>How far apart two wall-clock starts of one process may be read (5 min), where ticks are unknown.</summary>
    public static readonly TimeSpan WallClockTolerance = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Whether <paramref name="now"/> (what runs under the PID now; null: nothing, or a zombie) is the process recorded as
    /// <paramref name="recorded"/>: equal ticks when both are known (the wall clock is then not looked at); otherwise
    /// starts within <see cref="WallClockTolerance"/> and the same program where both name one.
    /// </summary>
    public static bool Same(ProcessStart recorded, ProcessStart? now)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        if (now is null)
        {
            return false;
        }

        if (recorded.Ticks is { } ticks && now.Ticks is { } nowTicks)
        {
            return ticks == nowTicks;
        }

        return recorded.At is { } at && now.At is { } nowAt && (nowAt - at).Duration() <= WallClockTolerance
            && (recorded.Program is null || now.Program is null || string.Equals(recorded.Program, now.Program, StringComparison.Ordinal));
    }

    /// <summary>Whether <paramref name="pid"/> still names the process recorded as <paramref name="recorded"/> (<see cref="Same"/>).</summary>
    public static bool IsAlive(int pid, ProcessStart recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return Same(recorded, Read(pid, wallClock: recorded.Ticks is null || !ProcessTable.Available));
    }

    /// <summary>
    /// What runs under <paramref name="pid"/> now, or null when nothing does (or a zombie). The wall-clock start and the
    /// program's name are read only when <paramref name="wallClock"/> (or there is no <c>/proc</c>).
    /// </summary>
    public static ProcessStart? Read(int pid, bool wallClock = true)
    {
        var stat = ProcessTable.StatOf(pid);
        if (ProcessTable.Available && stat is not { State: not 'Z' })
        {
            return null;
        }

        if (!wallClock && stat is not null)
        {
            return new ProcessStart(stat.StartTicks, null, null);
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited ? null : new ProcessStart(stat?.StartTicks, process.StartTime.ToUniversalTime(), process.ProcessName);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
