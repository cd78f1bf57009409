namespace NewsAlerts.Cli.Tests.HostileInput;

using global::Azure.Data.Tables;

/// <summary>Everything stored in the tables with one prefix, as comparable text (timestamps and ETags left out).</summary>
public static class TableContents
{
    /// <summary>One line per row, sorted: table, keys and every property; the rate-limit counters (which count requests by design) are left out.</summary>
    public static async Task<IReadOnlyList<string>> ReadAsync(string connectionString, string prefix)
    {
        var service = new TableServiceClient(connectionString);
        var rows = new List<string>();
        await foreach (var table in service.QueryAsync())
        {
            if (!table.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                || table.Name.Equals(prefix + NewsAlerts.Azure.Tables.TableRateCounterStore.TableName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            await foreach (var entity in service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                var properties = entity.Where(p => p.Key is not ("Timestamp" or "odata.etag"))
                    .OrderBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => $"{p.Key}={p.Value}");
                rows.Add($"{table.Name}|{string.Join('|', properties)}");
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
