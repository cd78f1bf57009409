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
/// subscriber replaces the row with an id-only marker (no personal data) so every instance's index drops it.
/// </summary>
public sealed class TableSubscriberStore(TableSet tables) : ISubscriberStore
{
    private const string Subscribers = "subscribers";
    private const string Phones = "subscriberphones";
    private const string Emails = "subscriberemails";
    private const string Profile = "profile";

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
        var row = new TableEntity(subscriber.Id, Profile) { ["Deleted"] = false, ["Json"] = JsonSerializer.Serialize(subscriber, JsonRows.Options) };
        await table.UpsertEntityAsync(JsonRows.Fit(row), TableUpdateMode.Replace, cancellationToken);
        var phones = await tables.GetAsync(Phones, cancellationToken);
        if (previous?.Phone is { } oldPhone && oldPhone != subscriber.Phone)
        {
            await DeleteLookupAsync(phones, oldPhone, subscriber.Id, cancellationToken);
        }

        if (subscriber.Phone is { } phone)
        {
            await phones.UpsertEntityAsync(new TableEntity(phone, string.Empty) { ["SubscriberId"] = subscriber.Id }, TableUpdateMode.Replace, cancellationToken);
        }

        var emails = await tables.GetAsync(Emails, cancellationToken);
        if (previous?.Email is { } oldEmail && EmailKey(oldEmail) != (subscriber.Email is null ? null : EmailKey(subscriber.Email)))
        {
            await DeleteLookupAsync(emails, EmailKey(oldEmail), subscriber.Id, cancellationToken);
        }

        if (subscriber.Email is { } email)
        {
            await emails.UpsertEntityAsync(new TableEntity(EmailKey(email), string.Empty) { ["SubscriberId"] = subscriber.Id }, TableUpdateMode.Replace, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string subscriberId, CancellationToken cancellationToken)
    {
        var existing = await GetAsync(subscriberId, cancellationToken);
        if (existing is null)
        {
            return false;
        }

        if (existing.Phone is { } phone)
        {
            var phones = await tables.GetAsync(Phones, cancellationToken);
            await DeleteLookupAsync(phones, phone, subscriberId, cancellationToken);
        }

        if (existing.Email is { } email)
        {
            var emails = await tables.GetAsync(Emails, cancellationToken);
            await DeleteLookupAsync(emails, EmailKey(email), subscriberId, cancellationToken);
        }

        var table = await tables.GetAsync(Subscribers, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(subscriberId, Profile) { ["Deleted"] = true }, TableUpdateMode.Replace, cancellationToken);
        return true;
    }

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
        var filter = TableClient.CreateQueryFilter($"Timestamp ge {since}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return (row.PartitionKey, Read(row), row.Timestamp ?? since);
        }
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
