namespace NewsAlerts.Cli.Stack;

using System.Globalization;

/// <summary>The Linux process table as <c>/proc/&lt;pid&gt;/stat</c> tells it: who is whose parent.</summary>
public static class ProcessTable
{
    /// <summary>
    /// The PIDs of every live process descended from <paramref name="pid"/> (children, their children...), in no order;
    /// empty where there is no <c>/proc</c>. A process that ends while it is read is left out.
    /// </summary>
    public static IReadOnlyList<int> DescendantsOf(int pid)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var (child, parent) in ParentsOfAll())
        {
            if (!children.TryGetValue(parent, out var list))
            {
                children[parent] = list = [];
            }

            list.Add(child);
        }

        var found = new List<int>();
        var next = new Queue<int>([pid]);
        while (next.TryDequeue(out var current))
        {
            foreach (var child in children.GetValueOrDefault(current) ?? [])
            {
                found.Add(child);
                next.Enqueue(child);
            }
        }

        return found;
    }

    /// <summary>Whether this system has a Linux <c>/proc</c> (where <see cref="StatOf"/> can say anything).</summary>
    public static bool Available => File.Exists("/proc/self/stat");

    /// <summary>
    /// The parent, process group and session of <paramref name="pid"/>, or null when it does not run (or is a zombie:
    /// it has ended and only waits for its parent to read its status).
    /// </summary>
    public static (int Parent, int ProcessGroup, int Session)? Of(int pid) =>
        StatOf(pid) is { State: not 'Z' } stat ? (stat.Parent, stat.ProcessGroup, stat.Session) : null;

    /// <summary>
    /// When <paramref name="pid"/> started, in clock ticks since boot (field 22 of <c>/proc/PID/stat</c>, proc(5)), or
    /// null when no process has that id. With the PID it names one process: a PID given again later has another start.
    /// </summary>
    public static long? StartTimeOf(int pid) => StatOf(pid)?.StartTicks;

    /// <summary><c>/proc/PID/stat</c> of <paramref name="pid"/> (<see cref="ProcessStat"/>), or null when there is no such process or no <c>/proc</c>.</summary>
    public static ProcessStat? StatOf(int pid)
    {
        try
        {
            return ProcessStat.Parse(File.ReadAllText($"/proc/{pid}/stat"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static IEnumerable<(int Pid, int Parent)> ParentsOfAll()
    {
        if (!Directory.Exists("/proc"))
        {
            yield break;
        }

        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Of(pid) is { } stat)
            {
                yield return (pid, stat.Parent);
            }
        }
    }
}
