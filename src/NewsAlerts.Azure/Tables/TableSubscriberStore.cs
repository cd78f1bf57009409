namespace NewsAlerts.Azure.Tables;

using System.Runtime.CompilerServices;
using System.Text.Json;
using global::Azure;
using global::Azure.Data.Tables;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Subscribers in Table storage: one row per subscriber (partition = id) and lookup tables by phone (E.164) and by
/// email address (lower case: mail systems deliver the local part case-insensitively; no dot or +tag folding). Erasing a
/// subscriber replaces the row with an id-only marker (no personal data) so every instance's index drops it. A duplicate
/// merged away keeps an alias row in its own partition (row key <c>alias</c>, naming the survivor), and the survivor's
/// partition a back-reference (<c>alias-{mergedId}</c>) so erasing the survivor finds and deletes its aliases.
/// </summary>
public sealed class TableSubscriberStore(TableSet tables) : ISubscriberStore
{
    private const string Subscribers = "subscribers";
    private const string Phones = "subscriberphones";
    private const string Emails = "subscriberemails";
    private const string Profile = "profile";
    private const string Alias = "alias";
    private const string AliasFrom = "alias-";

    /// <inheritdoc />
    public async Task<Subscriber?> GetAsync(string subscriberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriberId);
        if (!TableKeys.IsUsable(subscriberId))
        {
            return null;
        }

        var table = await tables.GetAsync(Subscribers, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(subscriberId, Profile, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? Read(entity) : null;
    }

    /// <inheritdoc />
    public async Task SaveAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        var table = await tables.GetAsync(Subscribers, cancellationToken);
        var previous = await GetAsync(subscriber.Id, cancellationToken);
        await table.UpsertEntityAsync(RowOf(subscriber), TableUpdateMode.Replace, cancellationToken);
        await WriteLookupsAsync(previous, subscriber, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<VersionedSubscriber?> GetVersionedAsync(string subscriberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriberId);
        if (!TableKeys.IsUsable(subscriberId))
        {
            return null;
        }

        var table = await tables.GetAsync(Subscribers, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(subscriberId, Profile, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity && Read(entity) is { } subscriber ? new VersionedSubscriber(subscriber, entity.ETag.ToString()) : null;
    }

    /// <inheritdoc />
    public async Task<bool> TrySaveAsync(Subscriber subscriber, string version, CancellationToken cancellationToken) =>
        await TrySaveReportingVersionAsync(subscriber, version, cancellationToken) is not null;

    /// <inheritdoc />
    /// <remarks>The version is the ETag the table answered for this very update.</remarks>
    public async Task<string?> TrySaveReportingVersionAsync(Subscriber subscriber, string version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(version);
        var previous = await GetVersionedAsync(subscriber.Id, cancellationToken);
        if (previous is null || previous.Version != version)
        {
            return null;
        }

        var table = await tables.GetAsync(Subscribers, cancellationToken);
        Response written;
        try
        {
            written = await table.UpdateEntityAsync(RowOf(subscriber), new ETag(version), TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return null;
        }

        await WriteLookupsAsync(previous.Subscriber, subscriber, cancellationToken);
        return written.Headers.ETag?.ToString() ?? (await GetVersionedAsync(subscriber.Id, cancellationToken))?.Version;
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string subscriberId, CancellationToken cancellationToken)
    {
        var existing = await GetAsync(subscriberId, cancellationToken);
        if (existing is null)
        {
            return false;
        }

        await WriteLookupsAsync(existing, null, cancellationToken);
        var table = await tables.GetAsync(Subscribers, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(subscriberId, Profile) { ["Deleted"] = true }, TableUpdateMode.Replace, cancellationToken);
        return true;
    }

    /// <inheritdoc />
    public async Task<bool> TryDeleteAsync(string subscriberId, string version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        var existing = await GetVersionedAsync(subscriberId, cancellationToken);
        if (existing is null || existing.Version != version)
        {
            return false;
        }

        // The marker first, on the version read: a change made meanwhile keeps the row and its lookups.
        var table = await tables.GetAsync(Subscribers, cancellationToken);
        try
        {
            await table.UpdateEntityAsync(new TableEntity(subscriberId, Profile) { ["Deleted"] = true }, new ETag(version), TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }

        await WriteLookupsAsync(existing.Subscriber, null, cancellationToken);
        return true;
    }

    // Lookup rows for every contact of the subscriber (its address and number, and those kept from merged duplicates);
    // rows of contacts it no longer has are deleted while they still name it.
    private async Task WriteLookupsAsync(Subscriber? previous, Subscriber? current, CancellationToken cancellationToken)
    {
        var id = (current ?? previous)!.Id;
        var phones = await tables.GetAsync(Phones, cancellationToken);
        var newPhones = current?.AllPhones().ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var old in previous?.AllPhones().Where(p => !newPhones.Contains(p)) ?? [])
        {
            await DeleteLookupAsync(phones, old, id, cancellationToken);
        }

        foreach (var phone in newPhones.Where(TableKeys.IsUsable))
        {
            await phones.UpsertEntityAsync(new TableEntity(phone, string.Empty) { ["SubscriberId"] = id }, TableUpdateMode.Replace, cancellationToken);
        }

        var emails = await tables.GetAsync(Emails, cancellationToken);
        var newEmails = current?.AllEmails().Select(EmailKey).ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var old in previous?.AllEmails().Select(EmailKey).Where(e => !newEmails.Contains(e)) ?? [])
        {
            await DeleteLookupAsync(emails, old, id, cancellationToken);
        }

        foreach (var email in newEmails)
        {
            await emails.UpsertEntityAsync(new TableEntity(email, string.Empty) { ["SubscriberId"] = id }, TableUpdateMode.Replace, cancellationToken);
        }
    }

    private static TableEntity RowOf(Subscriber subscriber) =>
        JsonRows.Fit(new TableEntity(subscriber.Id, Profile) { ["Deleted"] = false, ["Json"] = JsonSerializer.Serialize(subscriber, JsonRows.Options) });

    /// <inheritdoc />
    public async Task<string?> FindIdByEmailAsync(string email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var emails = await tables.GetAsync(Emails, cancellationToken);
        var row = await emails.GetEntityIfExistsAsync<TableEntity>(EmailKey(email), string.Empty, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value?.GetString("SubscriberId") : null;
    }

    /// <inheritdoc />
    public async Task<string?> FindIdByPhoneAsync(string phone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(phone);
        if (!TableKeys.IsUsable(phone))
        {
            return null;
        }

        var phones = await tables.GetAsync(Phones, cancellationToken);
        var row = await phones.GetEntityIfExistsAsync<TableEntity>(phone, string.Empty, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value?.GetString("SubscriberId") : null;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<(string SubscriberId, Subscriber? Subscriber, DateTimeOffset ChangedAt)> ChangesSinceAsync(
        DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Subscribers, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"Timestamp ge {since} and RowKey eq {Profile}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return (row.PartitionKey, Read(row), row.Timestamp ?? since);
        }
    }

    /// <inheritdoc />
    public async Task<bool> TryAddAliasAsync(string mergedId, string survivorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mergedId);
        ArgumentNullException.ThrowIfNull(survivorId);
        var table = await tables.GetAsync(Subscribers, cancellationToken);
        // The back-reference first: an alias is never left that erasing its survivor could not find.
        await table.UpsertEntityAsync(new TableEntity(survivorId, AliasFrom + mergedId), TableUpdateMode.Replace, cancellationToken);
        try
        {
            await table.AddEntityAsync(new TableEntity(mergedId, Alias) { ["SurvivorId"] = survivorId }, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            if (await FindAliasAsync(mergedId, cancellationToken) == survivorId)
            {
                return true;
            }

            await table.DeleteEntityAsync(survivorId, AliasFrom + mergedId, ETag.All, cancellationToken);
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<string?> FindAliasAsync(string mergedId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mergedId);
        if (!TableKeys.IsUsable(mergedId))
        {
            return null;
        }

        var table = await tables.GetAsync(Subscribers, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(mergedId, Alias, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value?.GetString("SurvivorId") : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> DeleteAliasesToAsync(string survivorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survivorId);
        var merged = new List<string>();
        if (!TableKeys.IsUsable(survivorId))
        {
            return merged;
        }

        // Back-references sort between "alias-" and "alias." ('.' follows '-').
        var table = await tables.GetAsync(Subscribers, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {survivorId} and RowKey ge {AliasFrom} and RowKey lt {Alias + "."}");
        var backs = new List<string>();
        await foreach (var back in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            backs.Add(back.RowKey);
        }

        foreach (var back in backs)
        {
            var mergedId = back[AliasFrom.Length..];
            var alias = await table.GetEntityIfExistsAsync<TableEntity>(mergedId, Alias, cancellationToken: cancellationToken);
            if (alias.HasValue && alias.Value is { } row && row.GetString("SurvivorId") == survivorId)
            {
                await table.DeleteEntityAsync(mergedId, Alias, row.ETag, cancellationToken);
            }

            await table.DeleteEntityAsync(survivorId, back, ETag.All, cancellationToken);
            merged.Add(mergedId);
        }

        return merged;
    }

    // A lookup row is deleted only while it still names this subscriber: a duplicate merged away (or an old row of a
    // contact that moved on) must not take the survivor's lookup with it.
    private static async Task DeleteLookupAsync(TableClient lookups, string key, string subscriberId, CancellationToken cancellationToken)
    {
        var row = await lookups.GetEntityIfExistsAsync<TableEntity>(key, string.Empty, cancellationToken: cancellationToken);
        if (row.HasValue && row.Value is { } found && found.GetString("SubscriberId") == subscriberId)
        {
            try
            {
                await lookups.DeleteEntityAsync(key, string.Empty, found.ETag, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Gone or re-pointed meanwhile: nothing of this subscriber's is left to delete.
            }
        }
    }

    // Row keys may not hold a slash, backslash, '#' or '?', which an address may: the key is the lower-case address, encoded.
    private static string EmailKey(string email) => TableKeys.Encode(email.Trim().ToLowerInvariant());

    private static Subscriber? Read(TableEntity row) =>
        row.GetBoolean("Deleted") == true || JsonRows.Read(row) is not { } json ? null : JsonSerializer.Deserialize<Subscriber>(json, JsonRows.Options);
}
