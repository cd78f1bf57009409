namespace NewsAlerts.Azure.Tables;

using System.Collections.Concurrent;
using global::Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Storage;

/// <summary>The application's tables (named with the configured prefix), each created once on first use.</summary>
public sealed class TableSet(TableServiceClient service, IOptions<StorageOptions> options)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> tables = new(StringComparer.Ordinal);

    /// <summary>The table for <paramref name="name"/> (e.g. <c>articles</c>), created if missing.</summary>
    public Task<TableClient> GetAsync(string name, CancellationToken cancellationToken)
    {
        var lazy = tables.GetOrAdd(name, n => new Lazy<Task<TableClient>>(() => CreateAsync(options.Value.TablePrefix + n, cancellationToken)));
        return lazy.Value;
    }

    private async Task<TableClient> CreateAsync(string tableName, CancellationToken cancellationToken)
    {
        var table = service.GetTableClient(tableName);
        await table.CreateIfNotExistsAsync(cancellationToken);
        return table;
    }
}
