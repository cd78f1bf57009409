namespace NewsAlerts.Cli.Stack;

using System.Globalization;

/// <summary>One line of <c>/proc/PID/stat</c> (proc(5)), the fields the stack reads.</summary>
/// <param name="State">Field 3: <c>R</c>, <c>S</c>, <c>D</c>… ; <c>Z</c> for a zombie (ended, waiting for its parent to read its status).</param>
/// <param name="Parent">Field 4: the parent's PID.</param>
/// <param name="ProcessGroup">Field 5: the process group's id.</param>
/// <param name="Session">Field 6: the session's id.</param>
/// <param name="StartTicks">
/// Field 22: when the process started, in clock ticks since boot. Set once by the kernel and kept across <c>exec</c>,
/// so with the PID it names one process for its whole life; unlike <see cref="System.Diagnostics.Process.StartTime"/>,
/// which .NET computes from the wall clock minus the uptime and which drifts on a loaded VM (trial s42: 0.4 s, then 21 s).
/// </param>
public sealed record ProcessStat(char State, int Parent, int ProcessGroup, int Session, long StartTicks)
{
    /// <summary>
    /// Reads a <c>/proc/PID/stat</c> line, or null when it is not one (too few fields, a number that is not one). The
    /// command name (field 2, in parentheses) may hold spaces and parentheses, e.g. <c>4242 ((a) b)) S 1 …</c>: fields
    /// are counted from the last <c>)</c>.
    /// </summary>
    public static ProcessStat? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var end = line.LastIndexOf(')');
        if (end < 0 || end + 2 > line.Length)
        {
            return null;
        }

        // Field 3 (the state) first.
        var fields = line[(end + 2)..].Split(' ');
        return fields.Length >= 20 && fields[0].Length == 1
            && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent)
            && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var group)
            && int.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var session)
            && long.TryParse(fields[19], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            ? new ProcessStat(fields[0][0], parent, group, session, ticks)
            : null;
    }
}
