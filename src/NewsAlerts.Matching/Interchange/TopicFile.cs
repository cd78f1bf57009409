using System.Text.Json;
using NewsAlerts.Matching.Index;
using NewsAlerts.Matching.Query;

namespace NewsAlerts.Matching.Interchange;

/// <summary>
/// Reads a topics file: one subscription per line, as a bare topic (id = line number), <c>id TAB topic</c>,
/// <c>id TAB subscriber TAB topic</c>, or a JSON object <c>{"id","subscriber","topic","exact"}</c>.
/// Blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
public static class TopicFile
{
    /// <summary>The subscriptions, or the first error (with its line) when any line is invalid.</summary>
    public static (IReadOnlyList<TopicSubscription> Subscriptions, InputError? Error) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var subscriptions = new List<TopicSubscription>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var number = i + 1;
            var (subscription, reason) = line.TrimStart().StartsWith('{') ? FromJson(line) : FromColumns(line, number);
            if (subscription is null)
            {
                return ([], new InputError(number, reason!));
            }

            var parsed = TopicQuery.Parse(subscription.Topic);
            if (!parsed.Success)
            {
                return ([], new InputError(number, $"topic '{subscription.Topic}': {parsed.Error}"));
            }

            if (!ids.Add(subscription.Id))
            {
                return ([], new InputError(number, $"duplicate subscription id '{subscription.Id}'"));
            }

            subscriptions.Add(subscription);
        }

        return (subscriptions, null);
    }

    private static (TopicSubscription?, string?) FromColumns(string line, int number)
    {
        var parts = line.Split('\t');
        return parts.Length switch
        {
            1 => (new TopicSubscription("topic-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture), "subscriber", parts[0].Trim()), null),
            2 => (new TopicSubscription(parts[0].Trim(), "subscriber", parts[1].Trim()), null),
            3 => (new TopicSubscription(parts[0].Trim(), parts[1].Trim(), parts[2].Trim()), null),
            _ => (null, "expected a topic, 'id TAB topic' or 'id TAB subscriber TAB topic'"),
        };
    }

    private static (TopicSubscription?, string?) FromJson(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (!root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
            {
                return (null, "missing string field \"id\"");
            }

            if (!root.TryGetProperty("topic", out var topic) || topic.ValueKind != JsonValueKind.String)
            {
                return (null, "missing string field \"topic\"");
            }

            var subscriber = root.TryGetProperty("subscriber", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "subscriber";
            var exact = root.TryGetProperty("exact", out var e) && e.ValueKind == JsonValueKind.True;
            return (new TopicSubscription(id.GetString()!, subscriber, topic.GetString()!, exact), null);
        }
        catch (JsonException exception)
        {
            return (null, "invalid JSON: " + exception.Message);
        }
    }
}
