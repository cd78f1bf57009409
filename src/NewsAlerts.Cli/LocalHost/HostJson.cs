namespace NewsAlerts.Cli.LocalHost;

using System.Text.Json;

/// <summary>Reads the parts of host.json the local host honours.</summary>
public static class HostJson
{
    /// <summary>The HTTP route prefix (<c>extensions.http.routePrefix</c>), <c>api</c> when not set.</summary>
    public static string RoutePrefix(string contentRoot)
    {
        var path = Path.Combine(contentRoot, "host.json");
        if (!File.Exists(path))
        {
            return "api";
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return document.RootElement.TryGetProperty("extensions", out var extensions)
            && extensions.TryGetProperty("http", out var http)
            && http.TryGetProperty("routePrefix", out var prefix)
            && prefix.ValueKind == JsonValueKind.String
                ? prefix.GetString()!
                : "api";
    }
}
