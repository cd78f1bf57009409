namespace NewsAlerts.Azure.Tables;

using System.Runtime.CompilerServices;
using global::Azure.Data.Tables;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Suppression;

/// <summary>
/// The suppression list in Table storage: one row per contact hash (partition = hash), holding only whether it is
/// suppressed, why and since when. No subscriber id and no contact, so erasing a subscriber leaves it in place.
/// </summary>
public sealed class TableSuppressionStore(TableSet tables) : ISuppressionStore
{
    private const string Suppressions = "suppressions";

    /// <inheritdoc />
    public async Task SuppressAsync(string contactHash, SuppressionReason reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Suppressions, cancellationToken);
        var row = new TableEntity(contactHash, string.Empty) { ["Suppressed"] = true, ["Reason"] = reason.ToString(), ["Since"] = at };
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc />
    public async Task LiftAsync(string contactHash, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Suppressions, cancellationToken);
        var existing = await table.GetEntityIfExistsAsync<TableEntity>(contactHash, string.Empty, cancellationToken: cancellationToken);
        if (existing.HasValue && existing.Value?.GetBoolean("Suppressed") == true)
        {
            // The row stays, marked lifted: the change feed of other instances must see the lift.
            await table.UpsertEntityAsync(new TableEntity(contactHash, string.Empty) { ["Suppressed"] = false }, TableUpdateMode.Replace, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<bool> IsSuppressedAsync(string contactHash, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Suppressions, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(contactHash, string.Empty, select: ["Suppressed"], cancellationToken: cancellationToken);
        return row.HasValue && row.Value?.GetBoolean("Suppressed") == true;
    }

    /// <inheritdoc />
    public async Task<SuppressionReason?> ReasonAsync(string contactHash, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Suppressions, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(contactHash, string.Empty, select: ["Suppressed", "Reason"], cancellationToken: cancellationToken);
        // A reason this build does not know is not guessed at.
        return row.HasValue && row.Value?.GetBoolean("Suppressed") == true
            && Enum.TryParse<SuppressionReason>(row.Value.GetString("Reason"), out var reason) && Enum.IsDefined(reason)
            ? reason
            : null;
    }

    /// <inheritdoc />
    public async Task<SuppressionEntry?> ReadAsync(string contactHash, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Suppressions, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(contactHash, string.Empty, select: ["Suppressed", "Since"], cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity
            ? new SuppressionEntry(entity.GetBoolean("Suppressed") == true, entity.GetDateTimeOffset("Since"), entity.ETag.ToString())
            : null;
    }

    /// <inheritdoc />
    public async Task<bool> LiftIfUnchangedAsync(string contactHash, SuppressionEntry? read, CancellationToken cancellationToken)
    {
        var now = await ReadAsync(contactHash, cancellationToken);
        if (now is not { Suppressed: true })
        {
            return true; // nothing suppresses it now: nothing to lift, and an opt-out landing later stays
        }

        if (read is null || read.Version != now.Version)
        {
            return false; // suppressed by a write made since the read
        }

        var table = await tables.GetAsync(Suppressions, cancellationToken);
        try
        {
            // The row stays, marked lifted (as LiftAsync), written only over the version read.
            await table.UpdateEntityAsync(new TableEntity(contactHash, string.Empty) { ["Suppressed"] = false }, new global::Azure.ETag(read.Version), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (global::Azure.RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<(string ContactHash, bool Suppressed, DateTimeOffset ChangedAt)> ChangesSinceAsync(
        DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Suppressions, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"Timestamp ge {since}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "Suppressed", "Timestamp"], cancellationToken: cancellationToken))
        {
            yield return (row.PartitionKey, row.GetBoolean("Suppressed") == true, row.Timestamp ?? since);
        }
    }
}
