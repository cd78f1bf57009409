using System.Globalization;
using System.Text.Json;

namespace NewsAlerts.ServiceBusEmulator.Filters;

/// <summary>Value conversions shared by the filters: numbers compare as numbers whatever their AMQP width.</summary>
internal static class SqlValues
{
    /// <summary>Widens numbers to long or double and strings stay strings; other values pass through.</summary>
    public static object? Normalize(object? value) => value switch
    {
        null => null,
        sbyte or byte or short or ushort or int or uint or long => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ulong u => u <= long.MaxValue ? (long)u : (double)u,
        float or double or decimal => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        global::Amqp.Types.Symbol symbol => symbol.ToString(),
        Guid guid => guid.ToString(),
        _ => value,
    };

    /// <summary>Converts a value read from the JSON config.</summary>
    public static object? FromConfig(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
        JsonElement { ValueKind: JsonValueKind.Number } e => e.TryGetInt64(out var l) ? l : e.GetDouble(),
        JsonElement { ValueKind: JsonValueKind.True } => true,
        JsonElement { ValueKind: JsonValueKind.False } => false,
        JsonElement { ValueKind: JsonValueKind.Null } => null,
        _ => Normalize(value),
    };

    public static bool AreEqual(object? left, object? right) => Compare(left, right) == 0;

    /// <summary>Compares two normalized values; null when they are not comparable (SQL's unknown).</summary>
    public static int? Compare(object? left, object? right) => (left, right) switch
    {
        (null, _) or (_, null) => null,
        (long a, long b) => a.CompareTo(b),
        (long a, double b) => ((double)a).CompareTo(b),
        (double a, long b) => a.CompareTo(b),
        (double a, double b) => a.CompareTo(b),
        (string a, string b) => string.CompareOrdinal(a, b),
        (bool a, bool b) => a == b ? 0 : null,
        (DateTime a, DateTime b) => a.CompareTo(b),
        _ => null,
    };
}
