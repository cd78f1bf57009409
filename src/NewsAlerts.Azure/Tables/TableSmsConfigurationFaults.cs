namespace NewsAlerts.Azure.Tables;

using global::Azure;
using global::Azure.Data.Tables;
using NewsAlerts.Core.Health;
using NewsAlerts.Core.Ports;

/// <summary>
/// The last SMS configuration fault in Table storage: one row (table <c>operatorfaults</c>, partition <c>sms</c>, row
/// <c>configuration</c>) holding the code, the setting to fix, the reason, when, how many attempts and which texts (keys
/// of <see cref="SmsTextKey"/>, so retries of one text count once); no number or text. A refusal rewrites it under its
/// ETag (attempts + 1, its text's key added); a text that goes deletes it (one the API accepted, only a refusal on
/// send; one reported delivered, also a refusal a status callback reported, as 30034 is). Each process remembers whether it has
/// seen the row gone, so its sends read nothing while all is well; a process that saw it gone does not clear a fault
/// another process records later, which is then cleared by that process's next text that goes (a configuration fault
/// refuses every text, so each process meets it).
/// </summary>
public sealed class TableSmsConfigurationFaults(TableSet tables, TimeProvider time) : ISmsConfigurationFaults
{
    private const string Table = "operatorfaults";
    private const string Partition = "sms";
    private const string Row = "configuration";
    private const int Unknown = 0;
    private const int MaybeRecorded = 1;
    private const int None = 2;
    private const int MaxAttempts = 10;

    private readonly Lock gate = new();
    private int known = Unknown;

    // Recordings begun here so far: a clear marks the row gone (None) only when none began since it looked (review of s37,
    // finding 4: a refusal recorded after the clear's delete, while known already said MaybeRecorded, was lost to None).
    private long recorded;

    /// <inheritdoc />
    /// <exception cref="RequestFailedException">Table storage refused the write.</exception>
    public Task RecordAsync(int code, string setting, string reason, string text, CancellationToken cancellationToken) =>
        RecordAsync(code, setting, reason, text, fromCallback: false, cancellationToken);

    /// <inheritdoc />
    /// <exception cref="RequestFailedException">Table storage refused the write.</exception>
    public Task RecordFromCallbackAsync(int code, string setting, string reason, string text, CancellationToken cancellationToken) =>
        RecordAsync(code, setting, reason, text, fromCallback: true, cancellationToken);

    /// <inheritdoc />
    /// <exception cref="RequestFailedException">Table storage refused the read or the delete.</exception>
    public Task ClearAsync(CancellationToken cancellationToken) => ClearAsync(delivered: false, cancellationToken);

    /// <inheritdoc />
    /// <exception cref="RequestFailedException">Table storage refused the read or the delete.</exception>
    public Task ClearDeliveredAsync(CancellationToken cancellationToken) => ClearAsync(delivered: true, cancellationToken);

    private async Task RecordAsync(int code, string setting, string reason, string text, bool fromCallback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(text);
        lock (gate)
        {
            recorded++;
            known = MaybeRecorded;
        }

        var table = await tables.GetAsync(Table, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, Row, cancellationToken: cancellationToken);
            var before = found.HasValue ? found.Value : null;
            // A row counted before texts were (its attempts without a text count, 0 kept as "unknown" since) stays
            // unknown: counting this one text would read "1 text refused (21 attempts)" (review of s38, finding 3).
            var uncounted = before is not null && (before.GetInt32("Count") ?? 0) > 0 && (before.GetInt32("TextCount") ?? 0) == 0;
            var (keys, texts) = uncounted ? (null, 0) : SmsTextKey.Add(before?.GetString("Texts"), text);
            var row = new TableEntity(Partition, Row)
            {
                ["Code"] = code,
                ["Setting"] = setting,
                ["Reason"] = reason,
                ["LastAt"] = time.GetUtcNow(),
                ["Count"] = (before?.GetInt32("Count") ?? 0) + 1,
                ["Texts"] = keys,
                ["TextCount"] = texts,
                ["FromCallback"] = fromCallback,
            };
            try
            {
                // Under the ETag read (or as a new row): two processes counting at once never lose a refusal.
                await (found.HasValue && found.Value is { } current
                    ? table.UpdateEntityAsync(row, current.ETag, TableUpdateMode.Replace, cancellationToken)
                    : table.AddEntityAsync(row, cancellationToken));
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Written or cleared meanwhile: read again.
            }
        }
    }

    // delivered: a callback said a text arrived, which ends any fault; otherwise only the API accepted one, which ends a
    // refusal on send but not one only a callback reports (30034 comes after every acceptance).
    private async Task ClearAsync(bool delivered, CancellationToken cancellationToken)
    {
        long version;
        lock (gate)
        {
            if (known == None)
            {
                return;
            }

            version = recorded;
        }

        var table = await tables.GetAsync(Table, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, Row, select: ["PartitionKey", "FromCallback"], cancellationToken: cancellationToken);
        if (found.HasValue && found.Value is { } current)
        {
            if (!delivered && current.GetBoolean("FromCallback") == true)
            {
                return; // still recorded: known stays as it is
            }

            try
            {
                await table.DeleteEntityAsync(Partition, Row, current.ETag, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Cleared elsewhere, or a refusal recorded since the read: that one stands until a later text goes.
                return;
            }
        }

        // Unless a refusal was recorded here meanwhile (its row may have been written after the delete).
        lock (gate)
        {
            if (recorded == version)
            {
                known = None;
            }
        }
    }

    /// <inheritdoc />
    /// <exception cref="RequestFailedException">Table storage refused the read.</exception>
    public async Task<SmsConfigurationFault?> GetAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, Row, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } row
            ? new SmsConfigurationFault(
                row.GetInt32("Code") ?? 0, row.GetString("Setting") ?? string.Empty, row.GetString("Reason") ?? string.Empty,
                row.GetDateTimeOffset("LastAt") ?? DateTimeOffset.MinValue, row.GetInt32("Count") ?? 0, row.GetInt32("TextCount") ?? 0)
            : null;
    }
}
