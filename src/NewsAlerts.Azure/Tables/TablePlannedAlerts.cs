namespace NewsAlerts.Azure.Tables;

using System.Text.Json;
using global::Azure.Data.Tables;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Ports;

/// <summary>
/// Planned alerts in Table storage: a row per batch (partition = the encoded story id, row = the batch's message id,
/// which is the same whenever the same batch is planned again), holding its channel, version and recipient ids (ids
/// only, never a contact) and the time it was planned for. A story's batches are written in transactions of up to 100 and read with one partition
/// query: a story reaching 25,000 people by one channel is 100 rows. Rows are kept
/// <see cref="PlannedAlertRetention.KeepFor"/> (the hourly purge deletes older ones by their Timestamp), so erasing a
/// subscriber scans at most two days of batches.
/// </summary>
public sealed class TablePlannedAlerts(TableSet tables) : IPlannedAlerts
{
    private const string TableName = "plannedalerts";
    private const int MaxTransaction = 100;

    /// <inheritdoc />
    public async Task RecordAsync(string articleId, IReadOnlyCollection<DeliveryBatch> batches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(batches);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var rows = batches.Select(b =>
        {
            var row = new TableEntity(TableKeys.Encode(articleId), b.MessageId)
            {
                ["Channel"] = b.Channel.ToString(),
                ["Version"] = b.Content.ArticleVersion,
                ["Json"] = JsonSerializer.Serialize(b.Recipients.Select(r => r.SubscriberId), JsonRows.Options),
            };
            if (b.PlannedFor is { } at)
            {
                // When the batch is meant to go (the end of quiet hours for a scheduled text): the console tells a text
                // held by quiet hours from one on its way now (EarlierRecords).
                row["PlannedFor"] = at;
            }

            return JsonRows.Fit(row);
        });
        foreach (var chunk in rows.Chunk(MaxTransaction))
        {
            await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<Channel, IReadOnlySet<string>>> ListAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var planned = new Dictionary<Channel, HashSet<string>>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Encode(articleId)}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (!Enum.TryParse<Channel>(row.GetString("Channel"), out var channel) || JsonRows.Read(row) is not { } json)
            {
                continue;
            }

            var ids = planned.TryGetValue(channel, out var set) ? set : planned[channel] = new HashSet<string>(StringComparer.Ordinal);
            ids.UnionWith(JsonSerializer.Deserialize<string[]>(json, JsonRows.Options) ?? []);
        }

        return planned.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<Channel, IReadOnlyDictionary<string, DateTimeOffset?>>> ListPlannedForAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var planned = new Dictionary<Channel, Dictionary<string, DateTimeOffset?>>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Encode(articleId)}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (!Enum.TryParse<Channel>(row.GetString("Channel"), out var channel) || JsonRows.Read(row) is not { } json)
            {
                continue;
            }

            // A row written before PlannedFor was kept has none: its time is unknown (null), which sorts first.
            var at = row.GetDateTimeOffset("PlannedFor");
            var ids = planned.TryGetValue(channel, out var found) ? found : planned[channel] = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
            foreach (var id in JsonSerializer.Deserialize<string[]>(json, JsonRows.Options) ?? [])
            {
                ids[id] = ids.TryGetValue(id, out var earlier) && (earlier is null || (at is not null && earlier < at)) ? earlier : at;
            }
        }

        return planned.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, DateTimeOffset?>)p.Value);
    }

    /// <inheritdoc />
    public async Task<int> PurgeRecordedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"Timestamp lt {before}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        var deleted = 0;
        foreach (var partition in rows.GroupBy(r => r.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var chunk in partition.Chunk(MaxTransaction))
            {
                deleted += await DeleteAsReadAsync(table, chunk, cancellationToken);
            }
        }

        return deleted;
    }

    // One transaction per chunk, each row under the ETag read: a batch recorded again since (a retried publish) is not
    // old any more. When that (or a delete meanwhile) fails the transaction, the chunk goes row by row.
    private static async Task<int> DeleteAsReadAsync(TableClient table, TableEntity[] chunk, CancellationToken cancellationToken)
    {
        try
        {
            await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, r.ETag)), cancellationToken);
            return chunk.Length;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 404 or 412)
        {
            var deleted = 0;
            foreach (var row in chunk)
            {
                try
                {
                    await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
                    deleted++;
                }
                catch (global::Azure.RequestFailedException one) when (one.Status is 404 or 412)
                {
                    // Deleted or recorded again meanwhile.
                }
            }

            return deleted;
        }
    }

    /// <inheritdoc />
    public async Task EraseSubscriberAsync(string subscriberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriberId);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var holding = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            if (RecipientsOf(row).Contains(subscriberId, StringComparer.Ordinal))
            {
                holding.Add(row);
            }
        }

        foreach (var row in holding)
        {
            await RemoveAsync(table, row, subscriberId, cancellationToken);
        }
    }

    // Rewrites the row without the id under the ETag read (a batch recorded again meanwhile is read and changed again);
    // a row left with nobody goes.
    private static async Task RemoveAsync(TableClient table, TableEntity row, string subscriberId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var left = RecipientsOf(row).Where(id => id != subscriberId).ToList();
            try
            {
                if (left.Count == 0)
                {
                    await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
                }
                else
                {
                    var rewritten = JsonRows.Fit(new TableEntity(row.PartitionKey, row.RowKey)
                    {
                        ["Channel"] = row.GetString("Channel"),
                        ["Version"] = row.GetString("Version"),
                        ["Json"] = JsonSerializer.Serialize(left, JsonRows.Options),
                    });
                    await table.UpdateEntityAsync(rewritten, row.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                return;
            }
            catch (global::Azure.RequestFailedException ex) when (ex.Status is 404 or 412 && attempt < MaxEraseAttempts)
            {
                var again = await table.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken);
                if (!again.HasValue || again.Value is not { } fresh)
                {
                    return;
                }

                row = fresh;
            }
        }
    }

    private const int MaxEraseAttempts = 10;

    private static string[] RecipientsOf(TableEntity row) =>
        JsonRows.Read(row) is { } json ? JsonSerializer.Deserialize<string[]>(json, JsonRows.Options) ?? [] : [];
}
