using NewsAlerts.ServiceBusEmulator.Configuration;
using NewsAlerts.ServiceBusEmulator.Entities;

namespace NewsAlerts.ServiceBusEmulator.Filters;

/// <summary>Matches when every property the filter sets equals the message's (system properties by exact string).</summary>
internal sealed class CorrelationRuleFilter(CorrelationFilterConfig config) : IMessageFilter
{
    public bool Matches(IncomingMessage message)
    {
        var properties = message.Properties;
        return Equal(config.MessageId, Amqp.MessageIds.Text(properties?.GetMessageId()))
            && Equal(config.CorrelationId, Amqp.MessageIds.Text(properties?.GetCorrelationId()))
            && Equal(config.Label, properties?.Subject)
            && Equal(config.To, properties?.To)
            && Equal(config.ReplyTo, properties?.ReplyTo)
            && Equal(config.ContentType, properties?.ContentType?.ToString())
            && Equal(config.SessionId, properties?.GroupId)
            && Equal(config.ReplyToSessionId, properties?.ReplyToGroupId)
            && ApplicationPropertiesMatch(message);
    }

    private static bool Equal(string? expected, string? actual) => expected is null || string.Equals(expected, actual, StringComparison.Ordinal);

    private bool ApplicationPropertiesMatch(IncomingMessage message)
    {
        if (config.Properties is not { Count: > 0 } expected)
        {
            return true;
        }

        var actual = message.ApplicationProperties?.Map;
        if (actual is null)
        {
            return false;
        }

        foreach (var (name, value) in expected)
        {
            if (!actual.ContainsKey(name) || !SqlValues.AreEqual(SqlValues.FromConfig(value), SqlValues.Normalize(actual[name])))
            {
                return false;
            }
        }

        return true;
    }
}
