namespace NewsAlerts.Azure.Tables;

using global::Azure;
using global::Azure.Data.Tables;
using NewsAlerts.Core.Health;
using NewsAlerts.Core.Ports;

/// <summary>
/// The last SMS configuration fault in Table storage: one row (table <c>operatorfaults</c>, partition <c>sms</c>, row
/// <c>configuration</c>) holding the code, the setting to fix, the reason, when and how many; no number or text. A
/// refusal rewrites it under its ETag (count + 1); a text that goes deletes it. Each process remembers whether it has
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

    private int known = Unknown;

    /// <inheritdoc />
    /// <exception cref="RequestFailedException">Table storage refused the write.</exception>
    public async Task RecordAsync(int code, string setting, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentNullException.ThrowIfNull(reason);
        Volatile.Write(ref known, MaybeRecorded);
        var table = await tables.GetAsync(Table, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, Row, cancellationToken: cancellationToken);
            var row = new TableEntity(Partition, Row)
            {
                ["Code"] = code,
                ["Setting"] = setting,
                ["Reason"] = reason,
                ["LastAt"] = time.GetUtcNow(),
                ["Count"] = (found.HasValue ? found.Value?.GetInt32("Count") ?? 0 : 0) + 1,
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

    /// <inheritdoc />
    /// <exception cref="RequestFailedException">Table storage refused the read or the delete.</exception>
    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        var seen = Volatile.Read(ref known);
        if (seen == None)
        {
            return;
        }

        var table = await tables.GetAsync(Table, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, Row, select: ["PartitionKey"], cancellationToken: cancellationToken);
        if (found.HasValue && found.Value is { } current)
        {
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

        // Unless a refusal was recorded here meanwhile.
        Interlocked.CompareExchange(ref known, None, seen);
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
                row.GetDateTimeOffset("LastAt") ?? DateTimeOffset.MinValue, row.GetInt32("Count") ?? 0)
            : null;
    }
}
