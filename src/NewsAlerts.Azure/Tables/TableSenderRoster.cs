namespace NewsAlerts.Azure.Tables;

using global::Azure;
using global::Azure.Data.Tables;
using NewsAlerts.Core.Ports;

/// <summary>
/// The sender roster in Table storage: one partition per sender, one row per process with the time its lease ends.
/// A check-in is one upsert and one partition query; leases that ended are removed by whoever sees them.
/// </summary>
public sealed class TableSenderRoster(TableSet tables, TimeProvider time) : ISenderRoster
{
    private const string Senders = "senders";
    private const string LeaseEnds = "LeaseEnds";

    /// <inheritdoc />
    public async Task<int> CheckInAsync(string sender, string instanceId, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sender);
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        var table = await tables.GetAsync(Senders, cancellationToken);
        var now = time.GetUtcNow();
        var row = new TableEntity(TableKeys.Encode(sender), TableKeys.Encode(instanceId)) { [LeaseEnds] = now + lease };
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);

        var holders = 0;
        var ended = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == row.PartitionKey, cancellationToken: cancellationToken))
        {
            if (entity.GetDateTimeOffset(LeaseEnds) > now)
            {
                holders++;
            }
            else
            {
                ended.Add(entity);
            }
        }

        foreach (var entity in ended)
        {
            await DeleteAsync(table, entity.PartitionKey, entity.RowKey, entity.ETag, cancellationToken);
        }

        return Math.Max(1, holders);
    }

    /// <inheritdoc />
    public async Task CheckOutAsync(string sender, string instanceId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sender);
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        var table = await tables.GetAsync(Senders, cancellationToken);
        await DeleteAsync(table, TableKeys.Encode(sender), TableKeys.Encode(instanceId), ETag.All, cancellationToken);
    }

    // The ETag makes removing an ended lease lose to its holder renewing it meanwhile. Removal is housekeeping: it
    // never fails a check-in whose count is already known.
    private static async Task DeleteAsync(TableClient table, string partitionKey, string rowKey, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(partitionKey, rowKey, etag, cancellationToken);
        }
        catch (RequestFailedException)
        {
            // Gone already (404), renewed by its holder (412), or storage hiccupped: whoever looks next removes it.
        }
    }
}
