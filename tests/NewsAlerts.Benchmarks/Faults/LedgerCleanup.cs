namespace NewsAlerts.Benchmarks.Faults;

using global::Azure.Data.Tables;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Core.Delivery;

/// <summary>
/// Deletes a fault's ledger rows once the campaign has counted them. Azurite keeps every table in one LokiJS
/// database that it serialises whole to disk every 5 s (azurite 3.37, <c>LokiTableMetadataStore</c>,
/// <c>autosaveInterval: 5000</c>), blocking its one thread meanwhile; at full size (11,200 rows a fault) each fault's rows
/// slowed every later one (a baseline took 386 s, the third fault 1,617 s, the fourth crawled at one alert a second).
/// Azure Table storage has no such cost, so the stand-in is kept small rather than the figures skewed.
/// </summary>
internal static class LedgerCleanup
{
    // The table names and partition layout of TableDeliveryLedger; a row count of 0 where rows were counted means they
    // changed, and the campaign says so rather than quietly keeping everything.
    private const string Deliveries = "deliveries";
    private const string ProviderIds = "deliveryproviders";
    private const int MaxTransaction = 100;

    /// <summary>Deletes the ledger rows of one article (both channels) and their provider-id links.</summary>
    /// <returns>How many delivery rows were deleted.</returns>
    public static async Task<int> ForgetArticleAsync(TableSet tables, string articleId, CancellationToken cancellationToken)
    {
        var deliveries = await tables.GetAsync(Deliveries, cancellationToken);
        var providers = await tables.GetAsync(ProviderIds, cancellationToken);
        var deleted = 0;
        foreach (var channel in new[] { Channel.Email, Channel.Sms })
        {
            var partition = $"{channel}-{TableKeys.Encode(articleId)}";
            deleted += await DeleteAsync(deliveries, TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken);
            await DeleteAsync(providers, TableClient.CreateQueryFilter($"DeliveryPartition eq {partition}"), cancellationToken);
        }

        return deleted;
    }

    private static async Task<int> DeleteAsync(TableClient table, string filter, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        foreach (var partition in rows.GroupBy(r => r.PartitionKey))
        {
            foreach (var chunk in partition.Chunk(MaxTransaction))
            {
                await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, global::Azure.ETag.All)), cancellationToken);
            }
        }

        return rows.Count;
    }
}
