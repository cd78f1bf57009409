namespace NewsAlerts.Azure.Tables;

using System.Security.Cryptography;
using System.Text;
using global::Azure;
using global::Azure.Data.Tables;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.History;
using NewsAlerts.Core.Ports;

/// <summary>
/// Subscribers' histories in Table storage (<c>alerthistory</c>): partition = subscriber id, so the preference centre
/// reads one partition range and erasure deletes one partition; row key = inverted send time (19 digits, newest first)
/// + channel + a hash of the ledger key, so a write repeated after a lost answer replaces its own row. Rows older than
/// <see cref="AlertHistory.Window"/> (before the newest row found) are deleted when that subscriber's history is next read
/// (a key-only range query of their partition), never on the dispatch path; rows nobody reads are never shown and go
/// with erasure.
/// </summary>
public sealed class TableAlertHistory(TableSet tables) : IAlertHistory
{
    private const string History = "alerthistory";
    private const int Parallelism = 16;

    /// <inheritdoc />
    public async Task AddAsync(IReadOnlyList<ReceivedAlert> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var table = await tables.GetAsync(History, cancellationToken);
        var usable = rows.Where(r => TableKeys.IsUsable(r.SubscriberId)).ToList();
        await Parallel.ForEachAsync(usable, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (row, ct) => await table.UpsertEntityAsync(RowOf(row), TableUpdateMode.Replace, ct));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReceivedAlert>> RecentAsync(string subscriberId, DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriberId);
        var found = new List<ReceivedAlert>();
        if (!TableKeys.IsUsable(subscriberId) || limit <= 0)
        {
            return found;
        }

        var table = await tables.GetAsync(History, cancellationToken);
        // Newer rows have smaller keys: everything sent at or after `since` sorts before its prefix followed by '~'.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {subscriberId} and RowKey lt {TableKeys.NewestFirst(since) + "~"}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(limit, 1000), cancellationToken: cancellationToken))
        {
            if (Read(entity) is { } row)
            {
                found.Add(row);
            }

            if (found.Count >= limit)
            {
                break;
            }
        }

        if (found.Count > 0)
        {
            // Off the dispatch path: rows older than the window before the newest one go when the history is read.
            await DeleteOlderAsync(table, subscriberId, AlertHistory.Cutoff(found.Max(r => r.At)), cancellationToken);
        }

        return found;
    }

    /// <inheritdoc />
    public async Task EraseAsync(string subscriberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriberId);
        if (!TableKeys.IsUsable(subscriberId))
        {
            return;
        }

        var table = await tables.GetAsync(History, cancellationToken);
        await DeleteAsync(table, TableClient.CreateQueryFilter($"PartitionKey eq {subscriberId}"), cancellationToken);
    }

    private static Task DeleteOlderAsync(TableClient table, string subscriberId, DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        DeleteAsync(table, TableClient.CreateQueryFilter($"PartitionKey eq {subscriberId} and RowKey gt {TableKeys.NewestFirst(cutoff) + "~"}"), cancellationToken);

    private static async Task DeleteAsync(TableClient table, string filter, CancellationToken cancellationToken)
    {
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            try
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // Deleted meanwhile by another writer's cleanup: what was wanted.
            }
        }
    }

    private static TableEntity RowOf(ReceivedAlert row)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(row.Key)), 0, 16).ToLowerInvariant();
        return new TableEntity(row.SubscriberId, $"{TableKeys.NewestFirst(row.At)}-{row.Channel.ToString().ToLowerInvariant()}-{hash}")
        {
            ["At"] = row.At,
            ["Channel"] = row.Channel.ToString(),
            ["Kind"] = row.Kind.ToString(),
            ["Key"] = Cut(row.Key, 1000),
            ["Headline"] = Cut(row.Headline, 1000),
            ["Source"] = row.Source is null ? null : Cut(row.Source, 200),
            ["Url"] = row.Url?.AbsoluteUri is { Length: <= 2000 } url ? url : null,
            ["Reason"] = Cut(row.Reason, 2000),
            ["Version"] = row.Version,
        };
    }

    private static ReceivedAlert? Read(TableEntity entity) =>
        entity.GetDateTimeOffset("At") is { } at
        && Enum.TryParse<Channel>(entity.GetString("Channel"), out var channel)
        && Enum.TryParse<ReceivedKind>(entity.GetString("Kind"), out var kind)
            ? new ReceivedAlert(
                entity.PartitionKey, at, channel, kind, entity.GetString("Key") ?? string.Empty, entity.GetString("Headline") ?? string.Empty,
                entity.GetString("Source"), Uri.TryCreate(entity.GetString("Url"), UriKind.Absolute, out var url) ? url : null, entity.GetString("Reason") ?? string.Empty,
                // Rows written before the version was kept were read as the first version.
                entity.GetInt32("Version") is { } version and > 0 ? version : 1)
            : null;

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
