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

    /// <summary>
    /// The parent, process group and session of <paramref name="pid"/>, or null when it does not run (or is a zombie:
    /// it has ended and only waits for its parent to read its status).
    /// </summary>
    public static (int Parent, int ProcessGroup, int Session)? Of(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // "pid (comm) state ppid pgrp session ...": comm may hold spaces and parentheses, so fields count from the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields[0] == "Z"
            ? null
            : (int.Parse(fields[1], CultureInfo.InvariantCulture), int.Parse(fields[2], CultureInfo.InvariantCulture), int.Parse(fields[3], CultureInfo.InvariantCulture));
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
