namespace NewsAlerts.Cli.Stack;

using System.Text.Json;

/// <summary>The PID file of the stack: which service processes run, on which ports.</summary>
public static class StackState
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The state file inside a data folder.</summary>
    public static string FilePath(string dataDirectory) => Path.Combine(dataDirectory, "stack.json");

    /// <summary>Reads the records; none when there is no state file or it cannot be read.</summary>
    public static IReadOnlyList<ServiceRecord> Load(string dataDirectory)
    {
        var path = FilePath(dataDirectory);
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<ServiceRecord>>(File.ReadAllText(path), Json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>
    /// Removes the records of <paramref name="stopped"/> (by PID) and of processes that are gone
    /// (<see cref="ServiceProcess.IsAlive"/>), keeping every other one (<see cref="Kept"/>).
    /// </summary>
    public static void Forget(string dataDirectory, IEnumerable<ServiceRecord> stopped) =>
        Save(dataDirectory, Kept(Load(dataDirectory), stopped, ServiceProcess.IsAlive));

    /// <summary>
    /// The records that stay after a start or a stop: all but those of <paramref name="stopped"/> (by PID: this run
    /// started and stopped them, or was asked to stop them) and those <paramref name="isAlive"/> says are gone. A live
    /// process another run started always keeps its record (trial s42: a failed start emptied stack.json while the
    /// services of a running <c>dev</c> were alive).
    /// </summary>
    public static IReadOnlyList<ServiceRecord> Kept(IEnumerable<ServiceRecord> records, IEnumerable<ServiceRecord> stopped, Func<ServiceRecord, bool> isAlive)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(stopped);
        ArgumentNullException.ThrowIfNull(isAlive);
        var stoppedPids = stopped.Select(s => s.Pid).ToHashSet();
        return [.. records.Where(r => !stoppedPids.Contains(r.Pid) && isAlive(r))];
    }

    /// <summary>Writes the records, replacing the file atomically.</summary>
    public static void Save(string dataDirectory, IEnumerable<ServiceRecord> records)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = FilePath(dataDirectory);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(records.ToList(), Json));
        File.Move(temporary, path, overwrite: true);
    }
}
