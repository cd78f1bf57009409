namespace NewsAlerts.Azure.Tables;

using System.Globalization;
using global::Azure.Data.Tables;
using NewsAlerts.Core.Editor;

/// <summary>
/// The editors' audit in Table storage: one partition per story (its encoded id), one row per action keyed by inverted
/// time, so a story's page reads its newest entries first in one partition query. Holds names and counts, no contacts.
/// Each entry is added in one transaction with a marker row keyed by its version and action (<c>once-3-Published</c>,
/// sorting after every entry and not read as one): a second entry for the same version and action (a double submit of
/// "Publish and send", trial r36 #10) fails the transaction and is not added.
/// </summary>
public sealed class TableAuditLog(TableSet tables) : IAuditLog
{
    private const string TableName = "editoraudit";

    /// <inheritdoc />
    public async Task AddAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var table = await tables.GetAsync(TableName, cancellationToken);
        // Inverted ticks sort newest first; the version and action make two actions in one tick distinct.
        var rowKey = string.Create(CultureInfo.InvariantCulture, $"{TableKeys.NewestFirst(entry.At)}-{entry.Version}-{entry.Action}");
        var row = new TableEntity(TableKeys.Encode(entry.ArticleId), rowKey)
        {
            ["ArticleId"] = entry.ArticleId,
            ["Version"] = entry.Version,
            ["Action"] = entry.Action.ToString(),
            ["EditorName"] = entry.By.Name,
            ["EditorKind"] = entry.By.Kind,
            ["At"] = entry.At,
            ["Urgency"] = entry.Urgency,
            ["Emails"] = entry.Emails,
            ["Texts"] = entry.Texts,
            ["Note"] = entry.Note,
            ["TextsScheduled"] = entry.TextsScheduled,
            ["TextsHeld"] = entry.TextsHeld,
            ["Missed"] = entry.Missed,
            ["TextsScheduledUntil"] = entry.TextsScheduledUntil,
            ["DigestEntriesDropped"] = entry.DigestEntriesDropped,
            ["DigestEntriesMovedByCap"] = entry.DigestEntriesMovedByCap,
        };
        var once = new TableEntity(row.PartitionKey, string.Create(CultureInfo.InvariantCulture, $"once-{entry.Version}-{entry.Action}"));
        try
        {
            await table.SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.Add, once), new TableTransactionAction(TableTransactionActionType.Add, row)], cancellationToken);
        }
        catch (TableTransactionFailedException exception) when (exception.Status == 409)
        {
            // This version's action is audited already: the same publication posted twice.
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string articleId, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Encode(articleId);
        var entries = new List<AuditEntry>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), maxPerPage: max, cancellationToken: cancellationToken))
        {
            if (entries.Count >= max)
            {
                break;
            }

            if (!Enum.TryParse<EditorAction>(row.GetString("Action"), out var action))
            {
                continue;
            }

            entries.Add(new AuditEntry(
                row.GetString("ArticleId") ?? articleId, row.GetInt32("Version") ?? 0, action,
                new EditorIdentity(row.GetString("EditorName") ?? string.Empty, row.GetString("EditorKind") ?? string.Empty),
                row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue, row.GetInt32("Urgency") ?? 0,
                row.GetInt32("Emails") ?? 0, row.GetInt32("Texts") ?? 0, row.GetString("Note"),
                row.GetInt32("TextsScheduled") ?? 0, row.GetInt32("TextsHeld") ?? 0, row.GetInt32("Missed") ?? 0, row.GetDateTimeOffset("TextsScheduledUntil"),
                row.GetInt32("DigestEntriesDropped") ?? 0, row.GetInt32("DigestEntriesMovedByCap") ?? 0));
        }

        return entries;
    }
}
