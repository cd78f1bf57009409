namespace NewsAlerts.Cli.Dev;

/// <summary>
/// The ids of the subscribers the demos signed up on one data folder (<c>demo-subscribers.txt</c>, one a line), so a
/// later start knows them from people who signed up on the pages (<see cref="DemoAudience"/>): a demo's number is made
/// up, but so may a person's be.
/// </summary>
public static class DemoSubscribers
{
    /// <summary>The file inside a data folder.</summary>
    public static string FilePath(string dataDirectory) => Path.Combine(dataDirectory, "demo-subscribers.txt");

    /// <summary>The recorded ids; none when there is no file.</summary>
    public static IReadOnlySet<string> Load(string dataDirectory)
    {
        var path = FilePath(dataDirectory);
        return File.Exists(path)
            ? File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
    }

    /// <summary>Adds <paramref name="ids"/> to the file (two runs appending at once each write whole lines).</summary>
    /// <exception cref="IOException">The data folder cannot be written.</exception>
    public static void Record(string dataDirectory, IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        Directory.CreateDirectory(dataDirectory);
        File.AppendAllText(FilePath(dataDirectory), string.Concat(ids.Select(id => id + "\n")));
    }
}
