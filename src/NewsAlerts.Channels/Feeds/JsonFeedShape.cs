namespace NewsAlerts.Channels.Feeds;

using System.Text.Json;

/// <summary>
/// Tells a JSON Feed from any other JSON document (an API's error object, a list of records), which a JSON reader
/// would otherwise take for an empty feed. JSON Feed 1.1 (jsonfeed.org/version/1.1) requires a top-level object with
/// <c>version</c> and <c>items</c>; feeds in the wild write <c>"version": "1.0"</c>, so either an <c>items</c> list or a
/// <c>version</c> naming jsonfeed.org is enough.
/// </summary>
public static class JsonFeedShape
{
    /// <summary>
    /// Why <paramref name="text"/> is JSON but not a JSON Feed, or null when it is a JSON Feed or not JSON at all
    /// (then the feed readers decide).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string? Refusal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.AsSpan().TrimStart();
        if (start.IsEmpty || start[0] is not ('{' or '['))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64, AllowTrailingCommas = true });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "the body is JSON but not a JSON Feed (not an object)";
            }

            var hasItems = root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array;
            var namesJsonFeed = root.TryGetProperty("version", out var version)
                && version.ValueKind == JsonValueKind.String
                && version.GetString()!.Contains("jsonfeed.org", StringComparison.OrdinalIgnoreCase);
            return hasItems || namesJsonFeed ? null : "the body is JSON but not a JSON Feed (no \"items\" list and no jsonfeed.org \"version\")";
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
