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
