namespace NewsAlerts.Azure.Tables;

using System.Text.Json;
using global::Azure.Data.Tables;

/// <summary>JSON stored in table rows: one serializer setting, and long values split across properties.</summary>
public static class JsonRows
{
    /// <summary>Largest string one property may hold (64 KiB of UTF-16).</summary>
    public const int MaxPropertyChars = 32_000;

    /// <summary>Web defaults (camelCase), so stored JSON matches the API's.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>Splits a too-long <c>Json</c> property into <c>Json</c>, <c>Json1</c>, <c>Json2</c>...</summary>
    public static TableEntity Fit(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.GetString("Json") is not { Length: > MaxPropertyChars } json)
        {
            return row;
        }

        var parts = json.Chunk(MaxPropertyChars).Select(c => new string(c)).ToList();
        row["Json"] = parts[0];
        for (var i = 1; i < parts.Count; i++)
        {
            row[$"Json{i}"] = parts[i];
        }

        return row;
    }

    /// <summary>Joins what <see cref="Fit"/> split.</summary>
    public static string? Read(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var json = row.GetString("Json");
        for (var i = 1; json is not null && row.ContainsKey($"Json{i}"); i++)
        {
            json += row.GetString($"Json{i}");
        }

        return json;
    }
}
