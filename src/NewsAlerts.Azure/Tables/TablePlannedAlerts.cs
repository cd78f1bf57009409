namespace NewsAlerts.Azure.Tables;

using System.Text.Json;
using global::Azure.Data.Tables;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Ports;

/// <summary>
/// Planned alerts in Table storage: a row per batch (partition = the encoded story id, row = the batch's message id,
/// which is the same whenever the same batch is planned again), holding its channel, version and recipient ids (ids
/// only, never a contact). A story's batches are written in transactions of up to 100 and read with one partition
/// query: a story reaching 25,000 people by one channel is 100 rows.
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
        var rows = batches.Select(b => JsonRows.Fit(new TableEntity(TableKeys.Encode(articleId), b.MessageId)
        {
            ["Channel"] = b.Channel.ToString(),
            ["Version"] = b.Content.ArticleVersion,
            ["Json"] = JsonSerializer.Serialize(b.Recipients.Select(r => r.SubscriberId), JsonRows.Options),
        }));
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
}
