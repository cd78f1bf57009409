namespace NewsAlerts.Azure.Tables;

using global::Azure;
using global::Azure.Data.Tables;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;

/// <summary>
/// The delivery ledger in Table storage. Rows live in the partition of their article and channel, keyed by
/// subscriber, so a batch's claims are one transaction per 100 recipients; a claim is an insert, so two workers can
/// never both win the same alert. Provider ids map back to their row through a second table, for status callbacks.
/// Erasing a subscriber scans for their rows (rare, and only ids are stored: no address or number).
/// </summary>
public sealed class TableDeliveryLedger(TableSet tables, TimeProvider time, ClaimLease? claimLease = null) : IDeliveryLedger
{
    private readonly ClaimLease lease = claimLease ?? ClaimLease.Default;

    private const string Deliveries = "deliveries";
    private const string ProviderIds = "deliveryproviders";
    private const int MaxTransaction = 100;
    private const string EarlyState = "EarlyState";
    private const string EarlyReason = "EarlyReason";
    private const string ErasedPrefix = "erased-";
    private const string ErasedPrefixEnd = "erased.";
    private const string MarkedAt = "MarkedAt";

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, ClaimResult>> ClaimAsync(
        string articleId, Channel channel, IReadOnlyCollection<string> subscriberIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriberIds);
        var table = await tables.GetAsync(Deliveries, cancellationToken);
        var results = new Dictionary<string, ClaimResult>(StringComparer.Ordinal);
        foreach (var group in subscriberIds.Distinct(StringComparer.Ordinal).Chunk(MaxTransaction))
        {
            // The common case, a batch seen for the first time: one transaction inserts the whole group.
            var rows = group.Select(id => Row(articleId, id, channel, LedgerState.Claimed, null, null)).ToList();
            try
            {
                await table.SubmitTransactionAsync(rows.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)), cancellationToken);
                foreach (var id in group)
                {
                    results[id] = ClaimResult.Claimed;
                }
            }
            catch (TableTransactionFailedException)
            {
                // A redelivered batch: some rows exist. Claim one by one.
                foreach (var row in rows)
                {
                    results[row.RowKey] = await ClaimOneAsync(table, row, lease, time, cancellationToken);
                }
            }
        }

        return results;
    }

    private static async Task<ClaimResult> ClaimOneAsync(TableClient table, TableEntity row, ClaimLease lease, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(row, cancellationToken);
            return ClaimResult.Claimed;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = (await table.GetEntityAsync<TableEntity>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken)).Value;
            var state = Enum.Parse<LedgerState>(existing.GetString("State"));
            var decision = lease.OnExisting(state, existing.GetDateTimeOffset("UpdatedAt"), time.GetUtcNow());
            if (decision is ClaimResult.AlreadyDone or ClaimResult.HeldElsewhere)
            {
                return decision;
            }

            try
            {
                // Only one of several workers re-claiming at once wins (ETag); the others leave it to the winner. The
                // claim keeps the version the row names until its record says which went.
                if (existing.GetInt32("Version") is { } version)
                {
                    row["Version"] = version;
                }

                await table.UpdateEntityAsync(row, existing.ETag, TableUpdateMode.Replace, cancellationToken);
            }
            catch (RequestFailedException conflict) when (conflict.Status == 412)
            {
                return ClaimResult.HeldElsewhere;
            }

            return decision;
        }
    }

    /// <inheritdoc />
    public async Task RefreshClaimsAsync(string articleId, Channel channel, IReadOnlyCollection<string> subscriberIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriberIds);
        var table = await tables.GetAsync(Deliveries, cancellationToken);
        var partition = PartitionKey(articleId, channel);
        await Task.WhenAll(subscriberIds.Distinct(StringComparer.Ordinal).Select(async id =>
        {
            var row = await table.GetEntityIfExistsAsync<TableEntity>(partition, id, select: ["State"], cancellationToken: cancellationToken);
            if (row.HasValue && row.Value is { } found && found.GetString("State") == nameof(LedgerState.Claimed))
            {
                try
                {
                    // Under the ETag: a row recorded or taken over since the read keeps what it has.
                    await table.UpdateEntityAsync(new TableEntity(partition, id) { ["UpdatedAt"] = time.GetUtcNow() }, found.ETag, TableUpdateMode.Merge, cancellationToken);
                }
                catch (RequestFailedException ex) when (ex.Status is 404 or 412)
                {
                    // Changed meanwhile: no longer a claim to refresh.
                }
            }
        }));
    }

    /// <inheritdoc />
    public async Task RecordAsync(string articleId, Channel channel, IReadOnlyCollection<LedgerRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var table = await tables.GetAsync(Deliveries, cancellationToken);
        foreach (var group in records.Chunk(MaxTransaction))
        {
            await RecordForwardAsync(table, articleId, channel, group, cancellationToken);
        }

        // Only SMS has provider status callbacks to map back; email needs no lookup row.
        if (!AlertChannel.For(channel).HasStatusCallbacks)
        {
            return;
        }

        var providers = await tables.GetAsync(ProviderIds, cancellationToken);
        foreach (var record in records.Where(r => r.ProviderMessageId is not null))
        {
            var link = new TableEntity(TableKeys.Encode(record.ProviderMessageId!), string.Empty)
            {
                ["DeliveryPartition"] = PartitionKey(articleId, channel),
                ["DeliveryRow"] = record.SubscriberId,
            };
            try
            {
                await providers.AddEntityAsync(link, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // The provider called back before this link existed (it may as soon as it accepts the message) and
                // left the status on the row: link it and apply the status now.
                var early = (await providers.GetEntityAsync<TableEntity>(link.PartitionKey, link.RowKey, cancellationToken: cancellationToken)).Value;
                await providers.UpsertEntityAsync(link, TableUpdateMode.Merge, cancellationToken);
                if (early.GetString(EarlyState) is { } state)
                {
                    await ApplyStatusAsync(table, link, Enum.Parse<LedgerState>(state), early.GetString(EarlyReason), cancellationToken);
                }
            }
        }
    }

    // Writes a group's records where the row's state may move to them (LedgerTransitions), each under the ETag read, in
    // one transaction. A row changed between read and write (a status callback, a claim) fails the transaction with 412:
    // read again and decide again. A record the row has moved past is left out.
    private async Task RecordForwardAsync(TableClient table, string articleId, Channel channel, IReadOnlyCollection<LedgerRecord> group, CancellationToken cancellationToken)
    {
        var partition = PartitionKey(articleId, channel);
        for (var attempt = 1; ; attempt++)
        {
            var existing = await Task.WhenAll(group.Select(r => table.GetEntityIfExistsAsync<TableEntity>(partition, r.SubscriberId, select: ["State", "Version"], cancellationToken: cancellationToken)));
            var actions = new List<TableTransactionAction>();
            foreach (var (record, found) in group.Zip(existing))
            {
                var row = Row(articleId, record.SubscriberId, channel, record.State, record.ProviderMessageId, record.Reason);
                // The row is replaced whole: a record that names no version keeps the one the row names (every state
                // keeps the version it concerns).
                if ((record.Version ?? (found.HasValue ? found.Value?.GetInt32("Version") : null)) is { } version)
                {
                    row["Version"] = version;
                }

                if (!found.HasValue || found.Value is not { } current)
                {
                    actions.Add(new TableTransactionAction(TableTransactionActionType.Add, row));
                }
                else if (LedgerTransitions.Allows(Enum.Parse<LedgerState>(current.GetString("State")), record.State))
                {
                    actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, current.ETag));
                }
            }

            if (actions.Count == 0)
            {
                return;
            }

            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken);
                return;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412 && attempt < 10)
            {
                // A row changed (or appeared) since it was read: decide again on what it holds now.
            }
        }
    }

    /// <inheritdoc />
    public async Task<int> MarkDeadLetteredAsync(string articleId, Channel channel, IReadOnlyCollection<string> subscriberIds, int attempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriberIds);
        var table = await tables.GetAsync(Deliveries, cancellationToken);
        var marked = 0;
        foreach (var group in subscriberIds.Distinct(StringComparer.Ordinal).Chunk(MaxTransaction))
        {
            marked += await MarkGroupAsync(table, articleId, channel, group, attempts, cancellationToken);
        }

        return marked;
    }

    // Marks one group in one transaction, each row under the ETag read: a row changed since (a replay's claim, a late
    // record) fails the transaction with 412, and the group is read and decided again.
    private async Task<int> MarkGroupAsync(TableClient table, string articleId, Channel channel, string[] group, int attempts, CancellationToken cancellationToken)
    {
        var partition = PartitionKey(articleId, channel);
        for (var attempt = 1; ; attempt++)
        {
            // A point read with a select returns the selected properties only (no RowKey): pair each row with its id.
            var read = await Task.WhenAll(group.Select(id => table.GetEntityIfExistsAsync<TableEntity>(partition, id, select: ["State", "Reason"], cancellationToken: cancellationToken)));
            var found = group.Zip(read).Where(p => p.Second.HasValue && p.Second.Value is not null)
                .ToDictionary(p => p.First, p => p.Second.Value!, StringComparer.Ordinal);
            var rows = found.Select(r => new LedgerEntry(r.Key, channel, Enum.Parse<LedgerState>(r.Value.GetString("State")), r.Value.GetString("Reason"), null));
            var marks = DeadLettering.Marks(group, rows, attempts);
            if (marks.Count == 0)
            {
                return 0;
            }

            var actions = marks.Select(m => new TableTransactionAction(
                TableTransactionActionType.UpdateMerge,
                new TableEntity(partition, m.SubscriberId) { ["State"] = m.State.ToString(), ["Reason"] = m.Reason, ["UpdatedAt"] = time.GetUtcNow() },
                found[m.SubscriberId].ETag));
            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken);
                return marks.Count;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 404 or 412 && attempt < 10)
            {
                // A row changed (or went) since it was read: decide again on what it holds now.
            }
        }
    }

    /// <inheritdoc />
    public async Task<bool> RecordProviderStatusAsync(string providerMessageId, LedgerState state, string? reason, CancellationToken cancellationToken)
    {
        var providers = await tables.GetAsync(ProviderIds, cancellationToken);
        var table = await tables.GetAsync(Deliveries, cancellationToken);
        var key = TableKeys.Encode(providerMessageId);
        var link = await providers.GetEntityIfExistsAsync<TableEntity>(key, string.Empty, cancellationToken: cancellationToken);
        if (link.HasValue && link.Value is { } found && found.ContainsKey("DeliveryPartition"))
        {
            await ApplyStatusAsync(table, found, state, reason, cancellationToken);
            return true;
        }

        // A message of a subscriber erased since: nothing to record, and no row keyed by its id may come back.
        if (await providers.GetEntityIfExistsAsync<TableEntity>(ErasedKey(providerMessageId), string.Empty, select: ["PartitionKey"], cancellationToken: cancellationToken) is { HasValue: true })
        {
            return false;
        }

        // Not linked yet: the dispatcher records a group's sends after the last of them. Keep the status on the row;
        // whichever of the two writes second (this insert or the dispatcher's link) applies it.
        var early = new TableEntity(key, string.Empty) { [EarlyState] = state.ToString(), [EarlyReason] = reason };
        try
        {
            await providers.AddEntityAsync(early, cancellationToken);
            return false;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var now = (await providers.GetEntityAsync<TableEntity>(key, string.Empty, cancellationToken: cancellationToken)).Value;
            if (!now.ContainsKey("DeliveryPartition"))
            {
                await providers.UpsertEntityAsync(early, TableUpdateMode.Merge, cancellationToken);
                return false;
            }

            await ApplyStatusAsync(table, now, state, reason, cancellationToken);
            return true;
        }
    }

    /// <inheritdoc />
    public async Task<MessageRecipient> RecipientOfAsync(string providerMessageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(providerMessageId);
        var providers = await tables.GetAsync(ProviderIds, cancellationToken);
        var link = await providers.GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(providerMessageId), string.Empty, cancellationToken: cancellationToken);
        if (link.HasValue && link.Value is { } found && found.ContainsKey("DeliveryPartition"))
        {
            return MessageRecipient.Of(found.GetString("DeliveryRow"));
        }

        // Not linked: a message of a subscriber erased since leaves only its mark (read only here, where a link is missing).
        var mark = await providers.GetEntityIfExistsAsync<TableEntity>(ErasedKey(providerMessageId), string.Empty, select: ["PartitionKey"], cancellationToken: cancellationToken);
        return mark.HasValue ? MessageRecipient.Gone : MessageRecipient.Unknown;
    }

    /// <inheritdoc />
    public async Task<LedgerState?> GetStateAsync(string articleId, string subscriberId, Channel channel, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Deliveries, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(PartitionKey(articleId, channel), subscriberId, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? Enum.Parse<LedgerState>(entity.GetString("State")) : null;
    }

    /// <inheritdoc />
    public async Task<LedgerEntry?> GetAsync(string articleId, string subscriberId, Channel channel, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Deliveries, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(
            PartitionKey(articleId, channel), subscriberId, select: ["RowKey", "State", "Reason", "UpdatedAt", "Version"], cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity
            ? new LedgerEntry(entity.RowKey, channel, Enum.Parse<LedgerState>(entity.GetString("State")), entity.GetString("Reason"), entity.GetDateTimeOffset("UpdatedAt"), entity.GetInt32("Version"))
            : null;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<LedgerEntry> ListAsync(
        string articleId, Channel channel, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Deliveries, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionKey(articleId, channel)}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["RowKey", "State", "Reason", "UpdatedAt", "Version"], cancellationToken: cancellationToken))
        {
            yield return new LedgerEntry(
                row.RowKey, channel, Enum.Parse<LedgerState>(row.GetString("State")), row.GetString("Reason"), row.GetDateTimeOffset("UpdatedAt"), row.GetInt32("Version"));
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<LedgerEntry> ListChangedSinceAsync(
        string articleId, Channel channel, DateTimeOffset since, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Deliveries, cancellationToken);
        // Filtered by the service within the partition: only the rows changed since are returned (and billed as read).
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionKey(articleId, channel)} and UpdatedAt ge {since}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["RowKey", "State", "Reason", "UpdatedAt", "Version"], cancellationToken: cancellationToken))
        {
            yield return new LedgerEntry(
                row.RowKey, channel, Enum.Parse<LedgerState>(row.GetString("State")), row.GetString("Reason"), row.GetDateTimeOffset("UpdatedAt"), row.GetInt32("Version"));
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> SettledAsync(string articleId, Channel channel, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Deliveries, cancellationToken);
        var settled = new HashSet<string>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionKey(articleId, channel)}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["RowKey", "State"], cancellationToken: cancellationToken))
        {
            if (Enum.Parse<LedgerState>(row.GetString("State")) is not (LedgerState.Claimed or LedgerState.Retrying or LedgerState.DeadLettered))
            {
                settled.Add(row.RowKey);
            }
        }

        return settled;
    }

    /// <inheritdoc />
    public async Task<int> MoveSubscriberAsync(string fromId, string toId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fromId);
        ArgumentNullException.ThrowIfNull(toId);
        var table = await tables.GetAsync(Deliveries, cancellationToken);
        var moved = 0;
        var filter = TableClient.CreateQueryFilter($"RowKey eq {fromId}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            moved += await MoveRowAsync(table, row, toId, cancellationToken) ? 1 : 0;
        }

        var providers = await tables.GetAsync(ProviderIds, cancellationToken);
        var links = TableClient.CreateQueryFilter($"DeliveryRow eq {fromId}");
        await foreach (var link in providers.QueryAsync<TableEntity>(links, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await providers.UpdateEntityAsync(new TableEntity(link.PartitionKey, link.RowKey) { ["DeliveryRow"] = toId }, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }

        return moved;
    }

    // Moves one record of the duplicate. Every write is conditional, so a dispatcher claiming or recording meanwhile is
    // never overwritten: the survivor's record is inserted only where it has none (a claim made since the read makes
    // it 409), replaced only on the version read (LedgerMove decides), and the duplicate's record is deleted only on
    // the version read. A write that loses a race reads both records again and decides again.
    private static async Task<bool> MoveRowAsync(TableClient table, TableEntity row, string toId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, toId, cancellationToken: cancellationToken);
            var kept = existing.HasValue ? existing.Value : null;
            try
            {
                if (LedgerMove.MovingWins(StateOf(row), kept is null ? null : StateOf(kept)))
                {
                    var copy = new TableEntity(row.PartitionKey, toId);
                    foreach (var (key, value) in row.Where(p => p.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")))
                    {
                        copy[key] = value;
                    }

                    await (kept is null
                        ? table.AddEntityAsync(copy, cancellationToken)
                        : table.UpdateEntityAsync(copy, kept.ETag, TableUpdateMode.Replace, cancellationToken));
                }

                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxMoveAttempts)
            {
                var again = await table.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken);
                if (!again.HasValue || again.Value is not { } fresh)
                {
                    return false;
                }

                row = fresh;
            }
        }
    }

    private const int MaxMoveAttempts = 10;

    private static LedgerState StateOf(TableEntity row) => Enum.Parse<LedgerState>(row.GetString("State"));

    /// <inheritdoc />
    public async Task EraseSubscriberAsync(string subscriberId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Deliveries, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {subscriberId}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }

        // Each link becomes a mark that its message went to someone erased (the mark first: a link deleted unmarked would
        // make a late callback act on the number's holder now, review of s36). The mark is keyed by a SHA-256 of the
        // MessageSid and holds nothing else: no subscriber id, number or text. A MessageSid is Twilio's random id for
        // one message (no number or name in it); what it identifies is Twilio's own log of the message, which our
        // erasure does not reach either way, and the hash cannot be turned back into the id, so the mark links nothing
        // in our storage to the person.
        var providers = await tables.GetAsync(ProviderIds, cancellationToken);
        var links = TableClient.CreateQueryFilter($"DeliveryRow eq {subscriberId}");
        await foreach (var link in providers.QueryAsync<TableEntity>(links, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            var sid = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(link.PartitionKey));
            await providers.UpsertEntityAsync(new TableEntity(ErasedKey(sid), string.Empty) { [MarkedAt] = time.GetUtcNow() }, TableUpdateMode.Replace, cancellationToken);
            await providers.DeleteEntityAsync(link.PartitionKey, link.RowKey, ETag.All, cancellationToken);
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// Marks are the partitions <c>erased-…</c> of the provider-id table, read by key range (links are <c>U00…</c>);
    /// a mark made before its time was stored (no <c>MarkedAt</c>) is dated by the table's own Timestamp.
    /// </remarks>
    /// <exception cref="RequestFailedException">Table storage refused the query or a delete.</exception>
    public async Task<int> PurgeErasedMarksBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var providers = await tables.GetAsync(ProviderIds, cancellationToken);
        var marks = TableClient.CreateQueryFilter($"PartitionKey ge {ErasedPrefix} and PartitionKey lt {ErasedPrefixEnd}");
        var purged = 0;
        await foreach (var mark in providers.QueryAsync<TableEntity>(marks, select: ["PartitionKey", "RowKey", MarkedAt, "Timestamp"], cancellationToken: cancellationToken))
        {
            if ((mark.GetDateTimeOffset(MarkedAt) ?? mark.Timestamp) < before)
            {
                await providers.DeleteEntityAsync(mark.PartitionKey, mark.RowKey, ETag.All, cancellationToken);
                purged++;
            }
        }

        return purged;
    }

    // The key of the mark an erased subscriber's message leaves: "erased-" and the SHA-256 of its provider id in hex
    // (never a link's key: a MessageSid starts "SM", whose base64url starts "U00").
    private static string ErasedKey(string providerMessageId) =>
        ErasedPrefix + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(providerMessageId)));

    /// <summary>
    /// Deletes every ledger row of one article (both channels, any state) and the provider-id links that point at them,
    /// in transactions of up to 100 rows per partition. For tools that count an article's alerts and then let go of
    /// them (the benchmarks' fault campaign); nothing on the delivery path erases an article.
    /// </summary>
    /// <param name="articleId">The article's id, as written in its rows.</param>
    /// <param name="cancellationToken">Cancels the deletes; rows already deleted stay deleted.</param>
    /// <returns>How many delivery rows were deleted (0 when the article has none).</returns>
    /// <exception cref="RequestFailedException">Table storage refused a query or a delete.</exception>
    public async Task<int> EraseArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        var table = await tables.GetAsync(Deliveries, cancellationToken);
        var providers = await tables.GetAsync(ProviderIds, cancellationToken);
        var deleted = 0;
        foreach (var channel in new[] { Channel.Email, Channel.Sms })
        {
            var partition = PartitionKey(articleId, channel);
            deleted += await DeleteAllAsync(table, TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken);
            await DeleteAllAsync(providers, TableClient.CreateQueryFilter($"DeliveryPartition eq {partition}"), cancellationToken);
        }

        return deleted;
    }

    private static async Task<int> DeleteAllAsync(TableClient table, string filter, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        foreach (var partition in rows.GroupBy(r => r.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var chunk in partition.Chunk(MaxTransaction))
            {
                await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), cancellationToken);
            }
        }

        return rows.Count;
    }

    // A provider's status moves the row forward only (LedgerTransitions): a late "sent" never undoes a "delivered".
    private async Task ApplyStatusAsync(TableClient deliveries, TableEntity link, LedgerState state, string? reason, CancellationToken cancellationToken)
    {
        var partition = link.GetString("DeliveryPartition");
        var rowKey = link.GetString("DeliveryRow");
        for (var attempt = 1; ; attempt++)
        {
            var current = await deliveries.GetEntityIfExistsAsync<TableEntity>(partition, rowKey, select: ["State"], cancellationToken: cancellationToken);
            if (!current.HasValue || current.Value is not { } row || !LedgerTransitions.Allows(Enum.Parse<LedgerState>(row.GetString("State")), state))
            {
                return;
            }

            try
            {
                await deliveries.UpdateEntityAsync(
                    new TableEntity(partition, rowKey) { ["State"] = state.ToString(), ["Reason"] = reason, ["UpdatedAt"] = time.GetUtcNow() },
                    row.ETag, TableUpdateMode.Merge, cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && attempt < 10)
            {
                // Changed since the read: decide again.
            }
        }
    }

    private TableEntity Row(string articleId, string subscriberId, Channel channel, LedgerState state, string? providerMessageId, string? reason) =>
        new(PartitionKey(articleId, channel), subscriberId)
        {
            ["ArticleId"] = articleId,
            ["Channel"] = channel.ToString(),
            ["State"] = state.ToString(),
            ["ProviderMessageId"] = providerMessageId,
            ["Reason"] = reason,
            ["UpdatedAt"] = time.GetUtcNow(),
        };

    private static string PartitionKey(string articleId, Channel channel) => $"{channel}-{TableKeys.Encode(articleId)}";
}
