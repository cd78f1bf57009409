using Amqp;
using Amqp.Framing;
using Amqp.Types;
using NewsAlerts.ServiceBusEmulator.Entities;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>
/// Rewrites the application properties of a stored bare message (dead-letter reason, properties to modify
/// on abandon/defer). A rare path, so it decodes and re-encodes the whole bare message.
/// </summary>
internal static class BareMessageEditor
{
    public static byte[] WithApplicationProperties(byte[] bare, IReadOnlyDictionary<string, object?> changes)
    {
        var message = new IncomingMessage { Bare = bare };
        message.EnsureDecoded();
        var properties = message.ApplicationProperties ?? new ApplicationProperties();
        foreach (var (key, value) in changes)
        {
            properties.Map[key] = value;
        }

        message.ApplicationProperties = properties;
        return Encode(message);
    }

    /// <summary>Encodes the decoded bare sections of <paramref name="message"/> again (after an edit).</summary>
    public static byte[] Encode(IncomingMessage message)
    {
        var edited = new Message
        {
            Properties = message.Properties,
            ApplicationProperties = message.ApplicationProperties,
            BodySection = message.BodySection,
            Footer = message.Footer,
        };
        var buffer = edited.Encode();
        return buffer.Buffer.AsSpan(buffer.Offset, buffer.Length).ToArray();
    }

    /// <summary>Reads the properties-to-modify a client sends in a Modified outcome or a Rejected error's info.</summary>
    public static Dictionary<string, object?>? ReadChanges(Map? map, params string[] skip)
    {
        if (map is null || map.Count == 0)
        {
            return null;
        }

        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        // Entries, not the indexer: a client may use string keys where the map's type expects symbols.
        foreach (KeyValuePair<object, object> entry in map)
        {
            var name = entry.Key.ToString()!;
            if (Array.IndexOf(skip, name) < 0)
            {
                changes[name] = entry.Value is Symbol symbol ? symbol.ToString() : entry.Value;
            }
        }

        return changes.Count == 0 ? null : changes;
    }
}
