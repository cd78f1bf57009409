using System.Text.Json;
using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Interchange;

/// <summary>
/// Reads one article from a JSON line: the corpus shape (id, title, body, source, language) or ninjs
/// (uri, headline, body_text, copyrightholder, language, subject[{name|code}], urgency).
/// </summary>
public static class ArticleJson
{
    public static (ArticleDocument? Article, string? Error) Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "expected a JSON object");
            }

            var id = Text(root, "id") ?? Text(root, "uri");
            if (id is null)
            {
                return (null, "missing string field \"id\" (or \"uri\")");
            }

            var headline = Text(root, "headline") ?? Text(root, "title");
            var body = Text(root, "body_text") ?? Text(root, "body") ?? Text(root, "description_text");
            if (headline is null && body is null)
            {
                return (null, "missing \"headline\"/\"title\" and \"body\"/\"body_text\"");
            }

            var subjects = new List<string>();
            foreach (var name in new[] { "subject", "subjects" })
            {
                if (root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    subjects.AddRange(list.EnumerateArray().Select(s => s.ValueKind == JsonValueKind.String ? s.GetString() : Text(s, "code") ?? Text(s, "name")).OfType<string>());
                }
            }

            int? urgency = root.TryGetProperty("urgency", out var u) && u.ValueKind == JsonValueKind.Number && u.TryGetInt32(out var value) ? value : null;
            return (new ArticleDocument(id, headline ?? string.Empty, body ?? string.Empty, Text(root, "source") ?? Text(root, "copyrightholder"), Text(root, "language"), subjects, urgency), null);
        }
        catch (JsonException exception)
        {
            return (null, "invalid JSON: " + exception.Message);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
