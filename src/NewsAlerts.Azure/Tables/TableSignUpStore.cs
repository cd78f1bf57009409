namespace NewsAlerts.Azure.Tables;

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using global::Azure.Data.Tables;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Suppression;

/// <summary>
/// Sign-ups waiting for confirmation in Table storage: one row per sign-up (partition = sign-up id), with the id of the
/// subscriber it joined as a column, so erasing a subscriber finds its sign-ups; purging reads the rows' timestamps.
/// A number signed up again finds its waiting sign-up through an index row in table <c>signupphones</c> (partition =
/// <see cref="PhonePartition"/>, a SHA-256 prefix of the number, row = sign-up id), so the lookup is one partition
/// query and point reads, never a scan of the sign-ups. No transaction spans the two tables, so the index only points:
/// the sign-up row is written first and is the truth (a sign-up is found only when its own row still holds the number),
/// and the index row is written after it on every save, so it is never older than its sign-up; a purge by write time
/// therefore deletes a sign-up no later than its index row, and an index row left behind (its sign-up purged, erased or
/// given another number) points at nothing and is dropped when next read, or by the next purge. An index row holds
/// nothing but its keys (a hash of the number and the sign-up id), never the subscriber's id; a sign-up given another
/// number drops the row of its old one, and erasing a subscriber deletes each of its sign-ups' index rows by key
/// (a point delete, before the sign-up row that names the number), so no index row outlives an erased subscriber's
/// sign-up. An address finds its waiting sign-up the same way through table <c>signupemails</c> (partition = a hash of
/// the address); its rows also name the subscriber, and erasing a subscriber deletes them by that column.
/// </summary>
public sealed class TableSignUpStore(TableSet tables) : ISignUpStore
{
    private const string SignUps = "signups";

    /// <summary>The table of the number index.</summary>
    public const string PhoneIndex = "signupphones";

    /// <summary>The table of the address index (as the number index, partition = <see cref="EmailPartition"/>), for a sign-up form sent again.</summary>
    public const string EmailIndex = "signupemails";

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

    /// <summary>The index partition of <paramref name="phone"/>: <c>p-</c> and the first 16 bytes of its SHA-256, in hex.</summary>
    public static string PhonePartition(string phone) =>
        "p-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(phone ?? throw new ArgumentNullException(nameof(phone)))), 0, 16);

    /// <inheritdoc />
    public Task<IReadOnlyList<PendingSignUp>> FindByPhoneAsync(string phone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return FindAsync(PhoneIndex, PhonePartition(phone), s => s.Phone == phone, cancellationToken);
    }

    /// <summary>The index partition of <paramref name="email"/>: <c>e-</c> and the first 16 bytes of the SHA-256 of its <see cref="ContactKeys"/> key, in hex.</summary>
    public static string EmailPartition(string email) =>
        "e-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ContactKeys.Of(Channel.Email, email ?? throw new ArgumentNullException(nameof(email))))), 0, 16);

    /// <inheritdoc />
    public Task<IReadOnlyList<PendingSignUp>> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var key = ContactKeys.Of(Channel.Email, email);
        return FindAsync(EmailIndex, EmailPartition(email), s => s.Email is { } held && ContactKeys.Of(Channel.Email, held) == key, cancellationToken);
    }

    private async Task<IReadOnlyList<PendingSignUp>> FindAsync(string indexName, string partition, Func<PendingSignUp, bool> holds, CancellationToken cancellationToken)
    {
        var index = await tables.GetAsync(indexName, cancellationToken);
        var found = new List<PendingSignUp>();
        await foreach (var entry in index.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (await GetAsync(entry.RowKey, cancellationToken) is { } signUp && holds(signUp))
            {
                found.Add(signUp);
                continue;
            }

            try
            {
                // Points at nothing (purged, erased, or the sign-up has another contact now), unless rewritten meanwhile.
                await index.DeleteEntityAsync(entry.PartitionKey, entry.RowKey, entry.ETag, cancellationToken);
            }
            catch (global::Azure.RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Deleted or rewritten meanwhile.
            }
        }

        return found;
    }

    /// <inheritdoc />
    public async Task SaveAsync(PendingSignUp signUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        var table = await tables.GetAsync(SignUps, cancellationToken);
        var before = await table.GetEntityIfExistsAsync<TableEntity>(signUp.Id, string.Empty, select: ["Phone"], cancellationToken: cancellationToken);
        await table.UpsertEntityAsync(RowOf(signUp), TableUpdateMode.Replace, cancellationToken);
        await IndexAsync(signUp, before.HasValue ? before.Value?.GetString("Phone") : null, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> AddIfAbsentAsync(PendingSignUp signUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        var table = await tables.GetAsync(SignUps, cancellationToken);
        try
        {
            await table.AddEntityAsync(RowOf(signUp), cancellationToken);
        }
        catch (global::Azure.RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }

        await IndexAsync(signUp, null, cancellationToken);
        return true;
    }

    /// <inheritdoc />
    public async Task<bool> ReplaceIfUnchangedAsync(PendingSignUp read, PendingSignUp replacement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(replacement);
        if (read.Id != replacement.Id)
        {
            throw new ArgumentException("a sign-up is replaced by the same sign-up", nameof(replacement));
        }

        var table = await tables.GetAsync(SignUps, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(read.Id, string.Empty, cancellationToken: cancellationToken);
        // Compared as values through one serializer (the row's JSON read back and written again), so formatting is no change.
        if (!row.HasValue || row.Value is not { } entity || JsonRows.Read(entity) is not { } json
            || JsonSerializer.Serialize(JsonSerializer.Deserialize<PendingSignUp>(json, JsonRows.Options), JsonRows.Options) != JsonSerializer.Serialize(read, JsonRows.Options))
        {
            return false;
        }

        try
        {
            // If-Match the version compared: a write landing between that read and this one makes it fail.
            await table.UpdateEntityAsync(RowOf(replacement), entity.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (global::Azure.RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }

        await IndexAsync(replacement, entity.GetString("Phone"), cancellationToken);
        return true;
    }

    private static TableEntity RowOf(PendingSignUp signUp) =>
        JsonRows.Fit(new TableEntity(signUp.Id, string.Empty) { ["Json"] = JsonSerializer.Serialize(signUp, JsonRows.Options), ["SubscriberId"] = signUp.SubscriberId, ["Phone"] = signUp.Phone,
            // Issue 16: the other subscribers a sign-up touched, so erasing either finds it (EraseForSubscriberAsync).
            ["CreatedSubscriberId"] = signUp.CreatedSubscriberId, ["AddedSubscriberId"] = signUp.Added?.SubscriberId, ["Email"] = signUp.Email });

    // The index rows of a sign-up just written, after its row (see the class comment); oldPhone: the number it held before.
    private async Task IndexAsync(PendingSignUp signUp, string? oldPhone, CancellationToken cancellationToken)
    {
        var index = await tables.GetAsync(PhoneIndex, cancellationToken);
        if (signUp.Phone is { } phone)
        {
            await index.UpsertEntityAsync(new TableEntity(PhonePartition(phone), signUp.Id), TableUpdateMode.Replace, cancellationToken);
        }

        if (oldPhone is { } old && old != signUp.Phone)
        {
            await DeleteIndexRowAsync(index, old, signUp.Id, cancellationToken);
        }

        if (signUp.Email is { } email)
        {
            var emailIndex = await tables.GetAsync(EmailIndex, cancellationToken);
            await emailIndex.UpsertEntityAsync(new TableEntity(EmailPartition(email), signUp.Id) { ["SubscriberId"] = signUp.SubscriberId }, TableUpdateMode.Replace, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<int> PurgeWrittenBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(SignUps, cancellationToken);
        var index = await tables.GetAsync(PhoneIndex, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"Timestamp lt {before}");
        var purged = await DeleteAllAsync(table, filter, onVersionRead: true, cancellationToken);
        await DeleteAllAsync(index, filter, onVersionRead: true, cancellationToken);
        await DeleteAllAsync(await tables.GetAsync(EmailIndex, cancellationToken), filter, onVersionRead: true, cancellationToken);
        return purged;
    }

    /// <inheritdoc />
    public async Task EraseForSubscriberAsync(string subscriberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriberId);
        var table = await tables.GetAsync(SignUps, cancellationToken);
        var index = await tables.GetAsync(PhoneIndex, cancellationToken);
        var emailIndex = await tables.GetAsync(EmailIndex, cancellationToken);
        await DeleteAllAsync(emailIndex, TableClient.CreateQueryFilter($"SubscriberId eq {subscriberId}"), onVersionRead: false, cancellationToken);
        // A sign-up can touch two subscribers (issue 16): the one it joined, one it created for its number, and the one
        // whose confirmed address it added topics to; erasing any of them erases the sign-up.
        var filter = TableClient.CreateQueryFilter(
            $"SubscriberId eq {subscriberId} or CreatedSubscriberId eq {subscriberId} or AddedSubscriberId eq {subscriberId}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", "Phone", "Email"], cancellationToken: cancellationToken))
        {
            // The index rows first, by their keys: a retry after a failure in between still finds the sign-up row that names them.
            if (row.GetString("Phone") is { } phone)
            {
                await DeleteIndexRowAsync(index, phone, row.PartitionKey, cancellationToken);
            }

            if (row.GetString("Email") is { } email)
            {
                await DeleteRowAsync(emailIndex, EmailPartition(email), row.PartitionKey, cancellationToken);
            }

            try
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, global::Azure.ETag.All, cancellationToken);
            }
            catch (global::Azure.RequestFailedException ex) when (ex.Status == 404)
            {
                // Deleted meanwhile.
            }
        }
    }

    // Deletes the index row of a sign-up's number by its keys, whatever it holds; none there is fine.
    private static Task DeleteIndexRowAsync(TableClient index, string phone, string signUpId, CancellationToken cancellationToken) =>
        DeleteRowAsync(index, PhonePartition(phone), signUpId, cancellationToken);

    // Deletes a row by its keys, whatever it holds; none there is fine.
    private static async Task DeleteRowAsync(TableClient table, string partition, string row, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(partition, row, global::Azure.ETag.All, cancellationToken);
        }
        catch (global::Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            // Never written, or dropped already.
        }
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
