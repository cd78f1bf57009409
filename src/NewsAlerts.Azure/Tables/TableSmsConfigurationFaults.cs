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
    private const int MaxAttempts = 10;

    private readonly Lock gate = new();

    // Whether this process has seen the row gone (and recorded nothing since): its sends then read nothing.
    private bool seenGone;

    // Recordings begun here so far: a clear marks the row gone only when none began since it looked (review of s37,
    // finding 4: a refusal recorded after the clear's delete, while the row was not yet seen gone, was lost).
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
            seenGone = false;
        }

        var table = await tables.GetAsync(Table, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, Row, cancellationToken: cancellationToken);
            var before = found.HasValue && found.Value is { } stored
                ? new SmsRefusalCount(stored.GetInt32("Count") ?? 0, stored.GetString("Texts"), stored.GetInt32("TextCount") ?? 0)
                : SmsRefusalCount.None;
            var count = before.Add(text);
            var row = new TableEntity(Partition, Row)
            {
                ["Code"] = code,
                ["Setting"] = setting,
                ["Reason"] = reason,
                ["LastAt"] = time.GetUtcNow(),
                ["Count"] = count.Attempts,
                ["Texts"] = count.Keys,
                ["TextCount"] = count.Texts,
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
            if (seenGone)
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
                return; // still recorded
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
                seenGone = true;
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
