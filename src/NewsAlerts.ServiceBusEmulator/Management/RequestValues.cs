using System.Collections;
using Amqp;
using Amqp.Framing;
using Amqp.Types;

namespace NewsAlerts.ServiceBusEmulator.Management;

/// <summary>Reads a management request's body map leniently: arrays or lists, any integer width.</summary>
internal static class RequestValues
{
    public static Map Body(Message request) =>
        (request.BodySection as AmqpValue)?.Value as Map ?? throw new ArgumentException("The request body must be a map.");

    public static long[] Longs(Map body, string key) => body[key] switch
    {
        long[] longs => longs,
        IEnumerable items => items.Cast<object>().Select(Convert.ToInt64).ToArray(),
        null => throw new ArgumentException($"The request needs '{key}'."),
        var single => [Convert.ToInt64(single, System.Globalization.CultureInfo.InvariantCulture)],
    };

    public static Guid[] Guids(Map body, string key) => body[key] switch
    {
        Guid[] guids => guids,
        IEnumerable items and not string => items.Cast<object>().Select(ToGuid).ToArray(),
        null => throw new ArgumentException($"The request needs '{key}'."),
        var single => [ToGuid(single)],
    };

    public static long Long(Map body, string key, long fallback) =>
        body[key] is { } value ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    private static Guid ToGuid(object value) => value switch
    {
        Guid guid => guid,
        byte[] { Length: 16 } bytes => new Guid(bytes),
        string text => Guid.Parse(text),
        _ => throw new ArgumentException("A lock token must be a uuid."),
    };
}
