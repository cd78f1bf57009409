namespace NewsAlerts.Azure.Tables;

using System.Globalization;
using System.Runtime.CompilerServices;
using global::Azure;
using global::Azure.Data.Tables;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Ports;

/// <summary>
/// Digest entries in Table storage. Entries live in the partition of their due time (<c>yyyyMMddTHHmmZ</c>), keyed by
/// subscriber then story, so one digest run reads one partition and finds each subscriber's entries together; a
/// small index table lists the due times that have a run to do (so a run missed while the host was down is done by
/// the next), and a second index, partitioned by story, points a retraction at every entry of the story.
/// </summary>
public sealed class TableDigestStore(TableSet tables) : IDigestStore
{
    private const string Entries = "digests";
    private const string DueTimes = "digestdue";
    private const string Stories = "digeststories";
    private const string DuePartition = "due";
    private const int MaxTransaction = 100;

    /// <inheritdoc />
    public async Task RecordAsync(IReadOnlyCollection<DigestEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var table = await tables.GetAsync(Entries, cancellationToken);
        var stories = await tables.GetAsync(Stories, cancellationToken);
        var due = await tables.GetAsync(DueTimes, cancellationToken);

        // The story index first and the due-time index last: a crash part-way leaves at most an index row with no
        // entry (harmless), never an entry no run will find.
        await UpsertAsync(stories, entries.Select(e => new TableEntity(TableKeys.Encode(e.ArticleId), $"{DueKey(e.DueAt)}|{e.SubscriberId}")), cancellationToken);
        await UpsertAsync(table, entries.Select(Row), cancellationToken);
        foreach (var dueAt in entries.Select(e => DueKey(e.DueAt)).Distinct(StringComparer.Ordinal))
        {
            await due.UpsertEntityAsync(new TableEntity(DuePartition, dueAt), TableUpdateMode.Replace, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DateTimeOffset>> DueTimesAsync(DateTimeOffset upTo, CancellationToken cancellationToken)
    {
        var due = await tables.GetAsync(DueTimes, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {DuePartition} and RowKey le {DueKey(upTo)}");
        var times = new List<DateTimeOffset>();
        await foreach (var row in due.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            times.Add(ParseDueKey(row.RowKey));
        }

        return times;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<DigestEntry> ListAsync(DateTimeOffset dueAt, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Entries, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {DueKey(dueAt)}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return Read(row);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<DigestEntry> ListAsync(DateTimeOffset dueAt, string subscriberId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriberId);
        var table = await tables.GetAsync(Entries, cancellationToken);
        await foreach (var row in table.QueryAsync<TableEntity>(SubscriberRange(dueAt, subscriberId), cancellationToken: cancellationToken))
        {
            yield return Read(row);
        }
    }

    /// <inheritdoc />
    public async Task MarkSentAsync(DateTimeOffset dueAt, string subscriberId, IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriberId);
        ArgumentNullException.ThrowIfNull(articleIds);
        var table = await tables.GetAsync(Entries, cancellationToken);

        // Read the range rather than update the carried rows blindly: a story withdrawn since has no row, and an update
        // of a missing row would fail the whole transaction.
        var carried = articleIds.Select(a => $"{subscriberId}|{TableKeys.Encode(a)}").ToHashSet(StringComparer.Ordinal);
        var filter = SubscriberRange(dueAt, subscriberId);
        var updates = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (!carried.Contains(row.RowKey))
            {
                continue;
            }

            updates.Add(new TableEntity(row.PartitionKey, row.RowKey) { ["State"] = nameof(DigestEntryState.Sent) });
        }

        foreach (var chunk in updates.Chunk(MaxTransaction))
        {
            await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpdateMerge, r, ETag.All)), cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task CompleteAsync(DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var due = await tables.GetAsync(DueTimes, cancellationToken);
        await due.DeleteEntityAsync(DuePartition, DueKey(dueAt), ETag.All, cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<DigestEntry> ForArticleAsync(string articleId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        var stories = await tables.GetAsync(Stories, cancellationToken);
        var table = await tables.GetAsync(Entries, cancellationToken);
        var key = TableKeys.Encode(articleId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {key}");
        await foreach (var pointer in stories.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            var (dueKey, subscriberId) = (pointer.RowKey[..pointer.RowKey.IndexOf('|', StringComparison.Ordinal)], pointer.RowKey[(pointer.RowKey.IndexOf('|', StringComparison.Ordinal) + 1)..]);
            var row = await table.GetEntityIfExistsAsync<TableEntity>(dueKey, $"{subscriberId}|{key}", cancellationToken: cancellationToken);
            if (row.HasValue && row.Value is { } entity)
            {
                yield return Read(entity);
            }
        }
    }

    /// <inheritdoc />
    public async Task RemoveAsync(IReadOnlyCollection<DigestEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var table = await tables.GetAsync(Entries, cancellationToken);
        var stories = await tables.GetAsync(Stories, cancellationToken);
        foreach (var entry in entries)
        {
            await table.DeleteEntityAsync(DueKey(entry.DueAt), RowKey(entry), ETag.All, cancellationToken);
            await stories.DeleteEntityAsync(TableKeys.Encode(entry.ArticleId), $"{DueKey(entry.DueAt)}|{entry.SubscriberId}", ETag.All, cancellationToken);
        }
    }

    /// <summary>The partition key of a due time: UTC, whole minutes, sortable (<c>20261130T0700Z</c>).</summary>
    public static string DueKey(DateTimeOffset dueAt) => dueAt.UtcDateTime.ToString("yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseDueKey(string key) =>
        new(DateTime.ParseExact(key, "yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero);

    // '}' follows '|' in ordinal order: the range holds exactly this subscriber's rows.
    private static string SubscriberRange(DateTimeOffset dueAt, string subscriberId) => TableClient.CreateQueryFilter(
        $"PartitionKey eq {DueKey(dueAt)} and RowKey ge {subscriberId + "|"} and RowKey lt {subscriberId + "}"}");

    private static string RowKey(DigestEntry entry) => $"{entry.SubscriberId}|{TableKeys.Encode(entry.ArticleId)}";

    private static TableEntity Row(DigestEntry entry) => new(DueKey(entry.DueAt), RowKey(entry))
    {
        ["SubscriberId"] = entry.SubscriberId,
        ["ArticleId"] = entry.ArticleId,
        ["TopicId"] = entry.TopicId,
        ["Reason"] = entry.Reason,
        ["PublishedAt"] = entry.PublishedAt,
        ["State"] = entry.State.ToString(),
    };

    private static DigestEntry Read(TableEntity row) => new(
        row.GetString("SubscriberId"),
        ParseDueKey(row.PartitionKey),
        row.GetString("ArticleId"),
        row.GetString("TopicId"),
        row.GetString("Reason"),
        row.GetDateTimeOffset("PublishedAt") ?? DateTimeOffset.MinValue,
        Enum.Parse<DigestEntryState>(row.GetString("State")));

    private static async Task UpsertAsync(TableClient table, IEnumerable<TableEntity> rows, CancellationToken cancellationToken)
    {
        foreach (var partition in rows.GroupBy(r => r.PartitionKey, StringComparer.Ordinal))
        {
            // A transaction may not touch one row twice: the last entry recorded for a row wins.
            var distinct = partition.GroupBy(r => r.RowKey, StringComparer.Ordinal).Select(g => g.Last());
            foreach (var chunk in distinct.Chunk(MaxTransaction))
            {
                await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken);
            }
        }
    }
}
