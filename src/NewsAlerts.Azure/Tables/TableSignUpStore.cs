namespace NewsAlerts.Azure.Tables;

using System.Text.Json;
using global::Azure.Data.Tables;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.SignUps;

/// <summary>
/// Sign-ups waiting for confirmation in Table storage: one row per sign-up (partition = sign-up id), with the id of the
/// subscriber it joined as a column, so erasing a subscriber finds its sign-ups; purging reads the rows' timestamps.
/// The number is a column too, so a number signed up again finds its waiting sign-up: a filter on a column reads the
/// whole table, which the purge keeps to the sign-ups of one confirmation link's lifetime.
/// </summary>
public sealed class TableSignUpStore(TableSet tables) : ISignUpStore
{
    private const string SignUps = "signups";

    /// <inheritdoc />
    public async Task<PendingSignUp?> GetAsync(string signUpId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(signUpId) || signUpId.Length > 64 || !signUpId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }

        var table = await tables.GetAsync(SignUps, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(signUpId, string.Empty, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity && JsonRows.Read(entity) is { } json ? JsonSerializer.Deserialize<PendingSignUp>(json, JsonRows.Options) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PendingSignUp>> FindByPhoneAsync(string phone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var table = await tables.GetAsync(SignUps, cancellationToken);
        var found = new List<PendingSignUp>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Phone eq {phone}"), cancellationToken: cancellationToken))
        {
            if (JsonRows.Read(row) is { } json && JsonSerializer.Deserialize<PendingSignUp>(json, JsonRows.Options) is { } signUp)
            {
                found.Add(signUp);
            }
        }

        return found;
    }

    /// <inheritdoc />
    public async Task SaveAsync(PendingSignUp signUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        var table = await tables.GetAsync(SignUps, cancellationToken);
        var row = new TableEntity(signUp.Id, string.Empty) { ["Json"] = JsonSerializer.Serialize(signUp, JsonRows.Options), ["SubscriberId"] = signUp.SubscriberId, ["Phone"] = signUp.Phone };
        await table.UpsertEntityAsync(JsonRows.Fit(row), TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> PurgeWrittenBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(SignUps, cancellationToken);
        return await DeleteAllAsync(table, TableClient.CreateQueryFilter($"Timestamp lt {before}"), onVersionRead: true, cancellationToken);
    }

    /// <inheritdoc />
    public async Task EraseForSubscriberAsync(string subscriberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriberId);
        var table = await tables.GetAsync(SignUps, cancellationToken);
        await DeleteAllAsync(table, TableClient.CreateQueryFilter($"SubscriberId eq {subscriberId}"), onVersionRead: false, cancellationToken);
    }

    // A purge deletes a row only as it was read: one rewritten since (a resend just sent a fresh link or code) is no
    // longer expired and stays. An erasure deletes whatever is there.
    private static async Task<int> DeleteAllAsync(TableClient table, string filter, bool onVersionRead, CancellationToken cancellationToken)
    {
        var deleted = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            try
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, onVersionRead ? row.ETag : global::Azure.ETag.All, cancellationToken);
                deleted++;
            }
            catch (global::Azure.RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Deleted or rewritten meanwhile.
            }
        }

        return deleted;
    }
}
