using System.Globalization;
using Amqp.Framing;
using Amqp.Types;
using NewsAlerts.ServiceBusEmulator.Entities;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>
/// The dead-letter reason and description a client gives in a rejected outcome's error. The .NET client writes them
/// in the error's info map under symbol keys; clients on other AMQP libraries write string keys or symbol values, or
/// give only the error's condition and description. Every one of these keeps what the client said.
/// </summary>
internal static class DeadLetterRequest
{
    /// <summary>The condition the Service Bus clients put on a dead-letter request: it names no reason of its own.</summary>
    private const string DeadLetterCondition = "com.microsoft:dead-letter";

    /// <summary>Reads the reason and description: the info map first, then the error's condition and description.</summary>
    public static (string? Reason, string? Description) Read(Error? error)
    {
        if (error is null)
        {
            return (null, null);
        }

        var reason = Text(Find(error.Info, DeadLetterReasons.ReasonProperty));
        var description = Text(Find(error.Info, DeadLetterReasons.DescriptionProperty));
        var condition = error.Condition?.ToString();
        if (reason is null && !string.IsNullOrEmpty(condition) && condition != DeadLetterCondition)
        {
            reason = condition;
        }

        return (reason, description ?? (string.IsNullOrEmpty(error.Description) ? null : error.Description));
    }

    /// <summary>Finds a map entry whose key is <paramref name="name"/> as a symbol or as a string.</summary>
    public static object? Find(Map? map, string name)
    {
        if (map is null)
        {
            return null;
        }

        foreach (KeyValuePair<object, object> entry in map)
        {
            if (string.Equals(entry.Key?.ToString(), name, StringComparison.Ordinal))
            {
                return entry.Value;
            }
        }

        return null;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        Symbol symbol => symbol.ToString(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
