using NewsAlerts.ServiceBusEmulator.Entities;

namespace NewsAlerts.ServiceBusEmulator.Filters;

/// <summary>A property named in a SQL filter: <c>sys.X</c> for system properties, otherwise an application property.</summary>
internal sealed class SqlProperty
{
    private readonly Func<IncomingMessage, object?> read;
    private readonly Func<IncomingMessage, bool> exists;

    private SqlProperty(Func<IncomingMessage, object?> read, Func<IncomingMessage, bool> exists)
    {
        this.read = read;
        this.exists = exists;
    }

    public static SqlProperty Create(string name)
    {
        if (name.StartsWith("sys.", StringComparison.OrdinalIgnoreCase))
        {
            Func<IncomingMessage, object?> system = name[4..].ToUpperInvariant() switch
            {
                "MESSAGEID" => m => Amqp.MessageIds.Text(m.Properties?.GetMessageId()),
                "CORRELATIONID" => m => Amqp.MessageIds.Text(m.Properties?.GetCorrelationId()),
                "LABEL" or "SUBJECT" => m => m.Properties?.Subject,
                "TO" => m => m.Properties?.To,
                "REPLYTO" => m => m.Properties?.ReplyTo,
                "CONTENTTYPE" => m => m.Properties?.ContentType?.ToString(),
                "SESSIONID" => m => m.Properties?.GroupId,
                "REPLYTOSESSIONID" => m => m.Properties?.ReplyToGroupId,
                _ => throw new FormatException($"Unknown system property '{name}' in SQL filter."),
            };
            return new SqlProperty(system, m => system(m) is not null);
        }

        var key = name.StartsWith("user.", StringComparison.OrdinalIgnoreCase) ? name[5..] : name;
        return new SqlProperty(
            m => m.ApplicationProperties?.Map is { } map && map.ContainsKey(key) ? SqlValues.Normalize(map[key]) : null,
            m => m.ApplicationProperties?.Map?.ContainsKey(key) == true);
    }

    public object? Read(IncomingMessage message) => read(message);

    public bool Exists(IncomingMessage message) => exists(message);
}
