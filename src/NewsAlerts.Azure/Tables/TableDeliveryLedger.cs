namespace NewsAlerts.Azure.Tables;

using global::Azure;
using global::Azure.Data.Tables;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;

/// <summary>
/// The delivery ledger in Table storage. Rows live in the subscriber's partition (so erasure is one partition),
/// keyed by channel and article; a claim is an insert, so two workers can never both win the same alert.
/// Provider ids map back to their row through a second table, for status callbacks.
/// </summary>
public sealed class TableDeliveryLedger(TableSet tables, TimeProvider time) : IDeliveryLedger
{
    private const string Deliveries = "deliveries";
    private const string ProviderIds = "deliveryproviders";

    /// <inheritdoc />
    public async Task<ClaimResult> ClaimAsync(string articleId, string subscriberId, Channel channel, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Deliveries, cancellationToken);
        var row = Row(articleId, subscriberId, channel, LedgerState.Claimed, null, null);
        try
        {
            await table.AddEntityAsync(row, cancellationToken);
            return ClaimResult.Claimed;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = (await table.GetEntityAsync<TableEntity>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken)).Value;
            var state = Enum.Parse<LedgerState>(existing.GetString("State"));
            if (state is not (LedgerState.Claimed or LedgerState.Retrying))
            {
                return ClaimResult.AlreadyDone;
            }

            try
            {
                // Only one of several workers re-claiming at once wins (ETag); the others leave it to the winner.
                await table.UpdateEntityAsync(row, existing.ETag, TableUpdateMode.Replace, cancellationToken);
            }
            catch (RequestFailedException conflict) when (conflict.Status == 412)
            {
                return ClaimResult.AlreadyDone;
            }

            return state == LedgerState.Claimed ? ClaimResult.ClaimedAfterCrash : ClaimResult.Claimed;
        }
    }

    /// <inheritdoc />
    public async Task RecordAsync(
        string articleId, string subscriberId, Channel channel, LedgerState state, string? providerMessageId, string? reason, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Deliveries, cancellationToken);
        var row = Row(articleId, subscriberId, channel, state, providerMessageId, reason);
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        // Only SMS has provider status callbacks to map back; email needs no lookup row.
        if (providerMessageId is not null && channel == Channel.Sms)
        {
            var providers = await tables.GetAsync(ProviderIds, cancellationToken);
            await providers.UpsertEntityAsync(
                new TableEntity(TableKeys.Encode(providerMessageId), string.Empty) { ["DeliveryPartition"] = row.PartitionKey, ["DeliveryRow"] = row.RowKey },
                TableUpdateMode.Replace, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<bool> RecordProviderStatusAsync(string providerMessageId, LedgerState state, string? reason, CancellationToken cancellationToken)
    {
        var providers = await tables.GetAsync(ProviderIds, cancellationToken);
        var link = await providers.GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(providerMessageId), string.Empty, cancellationToken: cancellationToken);
        if (!link.HasValue || link.Value is null)
        {
            return false;
        }

        var table = await tables.GetAsync(Deliveries, cancellationToken);
        var update = new TableEntity(link.Value.GetString("DeliveryPartition"), link.Value.GetString("DeliveryRow"))
        {
            ["State"] = state.ToString(),
            ["Reason"] = reason,
            ["UpdatedAt"] = time.GetUtcNow(),
        };
        await table.UpdateEntityAsync(update, ETag.All, TableUpdateMode.Merge, cancellationToken);
        return true;
    }

    /// <inheritdoc />
    public async Task<LedgerState?> GetStateAsync(string articleId, string subscriberId, Channel channel, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Deliveries, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(subscriberId, RowKey(articleId, channel), cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? Enum.Parse<LedgerState>(entity.GetString("State")) : null;
    }

    /// <inheritdoc />
    public async Task EraseSubscriberAsync(string subscriberId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Deliveries, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {subscriberId}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }
    }

    private TableEntity Row(string articleId, string subscriberId, Channel channel, LedgerState state, string? providerMessageId, string? reason) =>
        new(subscriberId, RowKey(articleId, channel))
        {
            ["ArticleId"] = articleId,
            ["Channel"] = channel.ToString(),
            ["State"] = state.ToString(),
            ["ProviderMessageId"] = providerMessageId,
            ["Reason"] = reason,
            ["UpdatedAt"] = time.GetUtcNow(),
        };

    private static string RowKey(string articleId, Channel channel) => $"{channel}-{TableKeys.Encode(articleId)}";
}
