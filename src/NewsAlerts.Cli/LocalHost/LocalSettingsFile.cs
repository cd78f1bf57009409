namespace NewsAlerts.Cli.LocalHost;

using System.Text.Json;

/// <summary>Reads the <c>Values</c> of local.settings.json, the file the Functions tooling uses for local app settings.</summary>
public static class LocalSettingsFile
{
    /// <summary>The values as configuration keys (<c>__</c> becomes <c>:</c>, as for environment variables).</summary>
    public static IReadOnlyDictionary<string, string?> ReadValues(string contentRoot)
    {
        var path = Path.Combine(contentRoot, "local.settings.json");
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(path))
        {
            return values;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        if (document.RootElement.TryGetProperty("Values", out var section) && section.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in section.EnumerateObject())
            {
                values[property.Name.Replace("__", ":", StringComparison.Ordinal)] =
                    property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
            }
        }

        return values;
    }
}
