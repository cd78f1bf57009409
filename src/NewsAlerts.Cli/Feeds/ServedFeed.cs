namespace NewsAlerts.Cli.Feeds;

using System.Security.Cryptography;

/// <summary>A feed as the local feed server serves it: its bytes, type and validators.</summary>
/// <param name="Body">The bytes.</param>
/// <param name="ContentType">The <c>Content-Type</c>.</param>
/// <param name="ETag">A strong ETag from the bytes' hash.</param>
/// <param name="LastModified">When it last changed, to the second (as HTTP dates carry it).</param>
public sealed record ServedFeed(byte[] Body, string ContentType, string ETag, DateTimeOffset LastModified)
{
    /// <summary>A feed with validators computed from <paramref name="body"/> and <paramref name="changed"/>.</summary>
    public static ServedFeed Of(byte[] body, string contentType, DateTimeOffset changed)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new ServedFeed(
            body, contentType, $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..16]}\"", new DateTimeOffset(changed.UtcTicks - (changed.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero));
    }

    /// <summary>The type for a file name: JSON Feed for <c>.json</c>, Atom for <c>.atom</c>, RSS otherwise.</summary>
    public static string ContentTypeFor(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => "application/feed+json; charset=utf-8",
        ".atom" => "application/atom+xml; charset=utf-8",
        ".xml" or ".rss" or ".rdf" => "application/rss+xml",
        _ => "application/octet-stream",
    };
}
