namespace NewsAlerts.Cli.Feeds;

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

/// <summary>
/// Where the feed server keeps the feeds published to it (<c>PUT /_control/feeds/{path}</c>), so a restart of the stack
/// serves them again with the same body, <c>ETag</c> and <c>Last-Modified</c> (trial r43 #6: a registered feed answered
/// 404 for ever after <c>dev</c> restarted). One file per path, named by the path's hash: written to a temporary file,
/// flushed to disk and moved over the old one, so a crash leaves the old feed or the new one, never half of either.
/// </summary>
public sealed class PublishedFeedStore
{
    private const string Extension = ".feed.json";
    private const string Partial = ".partial";
    private readonly string directory;

    /// <summary>A store in <paramref name="directory"/> (created if missing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="IOException">The folder cannot be created.</exception>
    public PublishedFeedStore(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        this.directory = Path.GetFullPath(directory);
        Directory.CreateDirectory(this.directory);
    }

    /// <summary>Every feed kept, by its path. A file that does not read as a kept feed (written by something else) is left alone; partial writes of a crash are removed.</summary>
    public IReadOnlyDictionary<string, ServedFeed> Load()
    {
        foreach (var partial in Directory.EnumerateFiles(directory, "*" + Partial))
        {
            File.Delete(partial);
        }

        var feeds = new Dictionary<string, ServedFeed>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*" + Extension))
        {
            try
            {
                var kept = JsonSerializer.Deserialize<Kept>(File.ReadAllBytes(file));
                if (kept is { Path: { } path, ContentType: { } type, ETag: { } tag, Body: { } body })
                {
                    feeds[path] = new ServedFeed(Convert.FromBase64String(body), type, tag, kept.LastModified);
                }
            }
            catch (Exception e) when (e is JsonException or FormatException)
            {
                // Not one of ours: serve nothing for it rather than fail the whole server.
            }
        }

        return feeds;
    }

    /// <summary>Keeps <paramref name="feed"/> as the one served at <paramref name="path"/>, on disk before it returns.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Save(string path, ServedFeed feed)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(feed);
        var file = Path.Combine(directory, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path))) + Extension);
        var partial = file + "." + Guid.NewGuid().ToString("N") + Partial;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new Kept(path, feed.ContentType, feed.ETag, feed.LastModified, Convert.ToBase64String(feed.Body)));
        using (var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }

        File.Move(partial, file, overwrite: true);
    }

    private sealed record Kept(string? Path, string? ContentType, string? ETag, DateTimeOffset LastModified, string? Body);
}
