namespace NewsAlerts.Cli.Dev;

using System.Text.Json;
using NewsAlerts.Cli.Stack;

/// <summary>
/// The hosts of the <c>dev</c> runs on one data folder, one file each (<c>hosts/&lt;pid&gt;-&lt;port&gt;.json</c>, so runs
/// never write the same file), so a second run can find where the run that started the stack answers
/// (<see cref="AlertLinkHost"/>). A file whose process is gone (killed) counts for nothing and is removed when seen.
/// </summary>
public static class DevHosts
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The folder of the records inside a data folder.</summary>
    public static string Folder(string dataDirectory) => Path.Combine(dataDirectory, "hosts");

    /// <summary>
    /// Records this process's host answering at <paramref name="publicBaseUrl"/>, and whether this run runs the demo
    /// (<paramref name="demo"/>; registering again replaces the record); returns the file, for <see cref="Forget"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The data folder cannot be written.</exception>
    public static string Register(string dataDirectory, Uri publicBaseUrl, bool demo = false)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(publicBaseUrl);
        var pid = Environment.ProcessId;
        var host = new DevHost(pid, ProcessIdentity.Read(pid) ?? new ProcessStart(null, DateTimeOffset.UtcNow, null), publicBaseUrl, demo);
        Directory.CreateDirectory(Folder(dataDirectory));
        var path = Path.Combine(Folder(dataDirectory), $"{pid}-{publicBaseUrl.Port}.json");
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(host, Json));
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>Removes a record <see cref="Register"/> wrote; nothing when it is gone already.</summary>
    public static void Forget(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another run removes it later, as a record of a process that is gone.
        }
    }

    /// <summary>The hosts recorded in <paramref name="dataDirectory"/> whose process still runs (<see cref="ProcessIdentity.IsAlive"/>), by file name.</summary>
    public static IReadOnlyList<DevHost> Live(string dataDirectory)
    {
        var folder = Folder(dataDirectory);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var live = new List<DevHost>();
        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var host = Read(path);
            if (host is not null && ProcessIdentity.IsAlive(host.Pid, host.Start))
            {
                live.Add(host);
            }
            else if (host is not null)
            {
                Forget(path);
            }
        }

        return live;
    }

    /// <summary>Whether <paramref name="url"/> is on the host of one of <paramref name="liveHosts"/> (same scheme, host and port).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool Serves(IReadOnlyList<DevHost> liveHosts, Uri url)
    {
        ArgumentNullException.ThrowIfNull(liveHosts);
        ArgumentNullException.ThrowIfNull(url);
        return liveHosts.Any(h => Uri.Compare(h.PublicBaseUrl, url, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0);
    }

    /// <summary>
    /// Whether the run of PID <paramref name="self"/> is the one of <paramref name="liveHosts"/> that acts for all of them
    /// (takes a dead run's replies, resets its callbacks): the lowest PID, so that exactly one does. False when it is not among them.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="liveHosts"/> is null.</exception>
    public static bool ActsForAll(IReadOnlyList<DevHost> liveHosts, int self)
    {
        ArgumentNullException.ThrowIfNull(liveHosts);
        return liveHosts.Count > 0 && liveHosts.Min(h => h.Pid) == self;
    }

    private static DevHost? Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<DevHost>(File.ReadAllText(path), Json);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
