namespace NewsAlerts.Azure.Tables;

using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using global::Azure;
using global::Azure.Data.Tables;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Ports;

/// <summary>
/// Feeds in Table storage, one partition per feed with three rows: <c>registration</c> (what the editor set),
/// <c>state</c> (polling state, with <c>NextPoll</c> and <c>LeaseUntil</c> columns to query and lease by) and
/// <c>seen</c> (the item history). Editors change only the registration row and polling only the state row, so an
/// editor's change never breaks a lease, and a lease is taken and kept by the state row's ETag. Each feed's addresses
/// (<see cref="FeedAddress"/>) are claimed in the partition <c>~addresses</c>, one row per address, so one feed cannot
/// be registered twice under two spellings, even by two registrations at once; a feed's new address after a permanent
/// redirect is claimed when polling records the move, and feeds registered before the claims existed are given theirs
/// once per table before any claim is read (<c>BackfillClaimsAsync</c>, started at start-up by <see cref="PrepareAsync"/>).
/// The registration row carries a <c>Paused</c> column (written with it, so always in step) for the due query to leave
/// paused feeds out.
/// </summary>
public sealed class TableFeedStore(TableSet tables) : IFeedStore
{
    /// <summary>How many leases of a host's batch are asked of Table storage at once (16): each is a read and a conditional write.</summary>
    public const int LeasesAtOnce = 16;

    private const string Feeds = "feeds";
    private const string Registration = "registration";
    private const string State = "state";
    private const string Seen = "seen";
    private const string WebSubRow = "websub";

    // The partition of address claims: '~' is not in any feed id, so no id reaches it through the registry's routes.
    private const string Claims = "~addresses";

    // The row that says every feed's addresses were claimed (BackfillClaimsAsync); not hex, so no address's key.
    private const string BackfillMarker = "backfilled-v1";

    // How long a claim without its registration counts as a registration under way (one AddAsync takes well under a second).
    private static readonly TimeSpan ClaimGrace = TimeSpan.FromMinutes(2);

    // Table storage keeps dates from 1601; the Unix epoch stands for "no lease".
    private static readonly DateTimeOffset NoLease = DateTimeOffset.UnixEpoch;

    // This instance's one backfill run, shared by start-up and by every call that comes before it ends; replaced when it failed.
    private readonly Lock backfillGate = new();

    // Set once this instance saw the backfill marker or wrote it.
    private volatile bool backfilled;

    private Task? backfill;

    // The state rows the last due query read, by feed (replaced by each query, each taken out by its lease): a lease of
    // one of them is one conditional write If-Match the ETag the query saw, not a read and then a write.
    private System.Collections.Concurrent.ConcurrentDictionary<string, TableEntity> queried = new(StringComparer.Ordinal);

    /// <inheritdoc />
    /// <remarks>
    /// Gives the feeds registered before address claims existed their claims, once per table (a marker row says it was
    /// done): one query of the claims, one of the feeds, and the missing claims added 100 to a transaction. A registration
    /// or a claim that comes before it ends waits for this run rather than doing it inside its request.
    /// </remarks>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Feeds, cancellationToken);
        await BackfilledAsync(table, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<string?> AddAsync(FeedRegistration feed, FeedState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(state);
        var table = await tables.GetAsync(Feeds, cancellationToken);
        await BackfilledAsync(table, cancellationToken);
        if (await ClaimAsync(table, feed.Id, feed.CreatedAt, Addresses(feed.Url, state.Url), cancellationToken) is { } holder)
        {
            return holder;
        }

        try
        {
            await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.Add, RegistrationRow(feed)),
                    new TableTransactionAction(TableTransactionActionType.Add, StateRow(feed.Id, state, NoLease)),
                ],
                cancellationToken);
        }
        catch
        {
            // Unclaimed again, or a later registration of the address would wait out the grace for a feed that never came.
            await UnclaimAsync(table, feed.Id, CancellationToken.None);
            throw;
        }

        return null;
    }

    /// <inheritdoc />
    /// <remarks>
    /// One read of the address's claim, and of its holder's registration: a claim whose feed has no registration (a
    /// registration under way, or one cut short) names nobody here; <see cref="AddAsync"/> decides those.
    /// </remarks>
    public async Task<string?> HolderAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var key = ClaimKey(FeedAddress.Normalise(url));
        var table = await tables.GetAsync(Feeds, cancellationToken);
        await BackfilledAsync(table, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Claims, key, cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value?.GetString("FeedId") is not { } holder || !IsId(holder))
        {
            return null;
        }

        var registered = await table.GetEntityIfExistsAsync<TableEntity>(holder, Registration, select: ["PartitionKey"], cancellationToken: cancellationToken);
        return registered.HasValue ? holder : null;
    }

    /// <inheritdoc />
    public async Task<string?> ClaimAddressAsync(string id, Uri url, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(url);
        var table = await tables.GetAsync(Feeds, cancellationToken);
        await BackfilledAsync(table, cancellationToken);
        return await ClaimAsync(table, id, now, Addresses(url), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<FeedEntry?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            return null;
        }

        var table = await tables.GetAsync(Feeds, cancellationToken);
        FeedRegistration? feed = null;
        FeedState? state = null;
        await foreach (var row in table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {id} and (RowKey eq {Registration} or RowKey eq {State})"), cancellationToken: cancellationToken))
        {
            if (row.RowKey == Registration)
            {
                feed = Read<FeedRegistration>(row);
            }
            else
            {
                state = Read<FeedState>(row);
            }
        }

        return feed is null || state is null ? null : new FeedEntry(feed, state);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FeedEntry>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Feeds, cancellationToken);
        var feeds = new Dictionary<string, FeedRegistration>(StringComparer.Ordinal);
        var states = new Dictionary<string, FeedState>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"RowKey eq {Registration} or RowKey eq {State}"), cancellationToken: cancellationToken))
        {
            if (row.RowKey == Registration)
            {
                feeds[row.PartitionKey] = Read<FeedRegistration>(row);
            }
            else
            {
                states[row.PartitionKey] = Read<FeedState>(row);
            }
        }

        return feeds.Values
            .Where(f => states.ContainsKey(f.Id))
            .OrderBy(f => f.CreatedAt)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .Select(f => new FeedEntry(f, states[f.Id]))
            .ToList();
    }

    /// <inheritdoc />
    public async Task<bool> SaveAsync(FeedRegistration feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var table = await tables.GetAsync(Feeds, cancellationToken);
        try
        {
            await table.UpdateEntityAsync(RegistrationRow(feed), ETag.All, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            return false;
        }

        var table = await tables.GetAsync(Feeds, cancellationToken);
        var deleted = false;
        await foreach (var row in table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {id}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (row.RowKey == WebSubRow)
            {
                // Kept until the hub verifies our unsubscription (WebSubSubscriptions.EndAsync), which needs its callback and secret.
                continue;
            }

            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
            deleted |= row.RowKey == Registration;
        }

        // After the registration: a claim left by a crash here is stale (its feed is gone) and is taken over.
        var freed = await UnclaimAsync(table, id, cancellationToken);
        await HandOnAsync(table, freed, cancellationToken);
        return deleted;
    }

    // Two feeds registered at one address before the claims existed: only the older holds the claim. When it is removed,
    // the oldest other feed at each address it freed claims it (as the backfill would have), so a later registration there
    // is still named a duplicate. One list of the feeds, only when an address was freed (removing a feed is rare).
    private async Task HandOnAsync(TableClient table, IReadOnlyList<string> freed, CancellationToken cancellationToken)
    {
        if (freed.Count == 0)
        {
            return;
        }

        var feeds = await ListAsync(cancellationToken);
        foreach (var address in freed)
        {
            if (feeds.FirstOrDefault(f => FeedAddress.Normalise(f.Registration.Url) == address || FeedAddress.Normalise(f.State.Url) == address) is { } next)
            {
                await ClaimAsync(table, next.Registration.Id, next.Registration.CreatedAt, [address], cancellationToken);
            }
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// One query (paged by the service, 1,000 rows a page): the state rows that are due and not leased, and the registration
    /// rows that are not paused; a feed is due when its partition answered both. A registration row written before the
    /// <c>Paused</c> column existed has none, and <c>not (Paused eq true)</c> keeps it (a comparison with a missing
    /// property is false: tested against Azurite, not yet against Azure itself), so such a feed is still polled; its
    /// registration's own <c>paused</c> is checked here too.
    /// </remarks>
    public async Task<IReadOnlyList<DueFeed>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Feeds, cancellationToken);
        var states = new Dictionary<string, FeedState>(StringComparer.Ordinal);
        var rows = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        var feeds = new Dictionary<string, FeedRegistration>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"(RowKey eq {State} and NextPoll le {now} and LeaseUntil le {now}) or (RowKey eq {Registration} and not (Paused eq {true}))");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.RowKey == State)
            {
                states[row.PartitionKey] = Read<FeedState>(row);
                rows[row.PartitionKey] = row;
            }
            else if (Read<FeedRegistration>(row) is { Paused: false } feed)
            {
                feeds[row.PartitionKey] = feed;
            }
        }

        var due = states
            .Where(s => feeds.ContainsKey(s.Key))
            .Select(s => new DueFeed(feeds[s.Key], s.Value))
            .OrderBy(d => d.State.Health.NextPoll)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Take(max)
            .ToList();
        Volatile.Write(ref queried, new System.Collections.Concurrent.ConcurrentDictionary<string, TableEntity>(due.Select(d => KeyValuePair.Create(d.Id, rows[d.Id])), StringComparer.Ordinal));
        return due;
    }

    /// <inheritdoc />
    /// <remarks>
    /// A feed the last <see cref="DueAsync"/> of this store brought is leased by one conditional write of its state row
    /// If-Match the ETag the query read (one round trip instead of a read and a write); when the row changed since (another
    /// instance leased it, gave it back, or a push changed it) that write fails and the row is read and written as for any
    /// other feed, so a feed still due is still leased and one taken elsewhere is not.
    /// </remarks>
    public async Task<FeedLease?> TryLeaseAsync(string id, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            return null;
        }

        var table = await tables.GetAsync(Feeds, cancellationToken);
        if (Volatile.Read(ref queried).TryRemove(id, out var known) && Leasable(known, now)
            && await TakeAsync(table, id, known, now, duration, cancellationToken) is { } taken)
        {
            return taken;
        }

        // Not from the last due query, or its row changed since (leased elsewhere, given back, edited): read, then write.
        var found = await table.GetEntityIfExistsAsync<TableEntity>(id, State, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } row && Leasable(row, now) ? await TakeAsync(table, id, row, now, duration, cancellationToken) : null;
    }

    // Whether a state row as read allows a lease at now: due, and not held.
    private static bool Leasable(TableEntity row, DateTimeOffset now) =>
        !(row.GetDateTimeOffset("LeaseUntil") > now || row.GetDateTimeOffset("NextPoll") > now);

    // The lease as one conditional write of the row read (If-Match its ETag); null when the row changed since or is gone.
    private async Task<FeedLease?> TakeAsync(TableClient table, string id, TableEntity row, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        var until = now + duration;
        row["LeaseUntil"] = until;
        FeedLease lease;
        try
        {
            // If-Match: of two instances that read the row, only the first to write takes the lease. The write is not
            // cancelled once sent: a write the service applied but whose answer was no longer awaited would leave the feed
            // leased with no token to give it back by, so it would lapse only after the lease's duration (review of s35).
            // One round trip, bounded by the client's own network timeout; the cancellation is seen right after it.
            var response = await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, CancellationToken.None);
            lease = new FeedLease(id, until, Read<FeedState>(row), response.Headers.ETag?.ToString() ?? string.Empty);
        }
        catch (RequestFailedException exception) when (exception.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return null;
        }

        if (cancellationToken.IsCancellationRequested)
        {
            // Taken, but the caller has gone: given back at once (unchanged), so the feed is due again now.
            await FeedLeaseBatch.GiveBackAsync(this, [lease]);
            cancellationToken.ThrowIfCancellationRequested();
        }

        return lease;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Each feed is its own partition, so no one transaction can lease a batch: the leases are taken as
    /// <see cref="TryLeaseAsync"/> takes one (a write If-Match the ETag the due query saw, or a read and such a write), at
    /// most <see cref="LeasesAtOnce"/> at a time, so a host lane waits about one round trip for its batch instead of one per feed.
    /// </remarks>
    public async Task<IReadOnlyList<FeedLease>> TryLeaseManyAsync(IReadOnlyList<string> ids, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var leases = new FeedLease?[ids.Count];
        try
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(0, ids.Count),
                new ParallelOptions { MaxDegreeOfParallelism = LeasesAtOnce, CancellationToken = cancellationToken },
                async (i, token) => leases[i] = await TryLeaseAsync(ids[i], now, duration, token));
        }
        catch
        {
            await FeedLeaseBatch.GiveBackAsync(this, leases.OfType<FeedLease>());
            throw;
        }

        return [.. leases.OfType<FeedLease>()];
    }

    /// <inheritdoc />
    /// <remarks>
    /// With <paramref name="seen"/>, the state row (If-Match the lease's ETag) and the history row go in one entity group
    /// transaction of the feed's partition: one round trip, and a lost lease saves neither.
    /// </remarks>
    public async Task<bool> ReleaseAsync(FeedLease lease, FeedState state, IReadOnlyList<SeenItem>? seen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(state);
        var table = await tables.GetAsync(Feeds, cancellationToken);
        try
        {
            if (seen is null)
            {
                await table.UpdateEntityAsync(StateRow(lease.FeedId, state, NoLease), new ETag(lease.Token), TableUpdateMode.Replace, cancellationToken);
            }
            else
            {
                await table.SubmitTransactionAsync(
                    [
                        new TableTransactionAction(TableTransactionActionType.UpdateReplace, StateRow(lease.FeedId, state, NoLease), new ETag(lease.Token)),
                        new TableTransactionAction(TableTransactionActionType.UpsertReplace, SeenRow(lease.FeedId, seen)),
                    ],
                    cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException exception) when (exception.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<bool> TryChangeUnleasedAsync(string id, DateTimeOffset now, Func<FeedState, FeedState> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!IsId(id))
        {
            return false;
        }

        var table = await tables.GetAsync(Feeds, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(id, State, cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value is not { } row || row.GetDateTimeOffset("LeaseUntil") > now)
        {
            return false;
        }

        try
        {
            // If-Match: a poll that took the lease since the read wins, and this change is dropped.
            await table.UpdateEntityAsync(StateRow(id, change(Read<FeedState>(row)), row.GetDateTimeOffset("LeaseUntil") ?? NoLease), row.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SeenItem>> SeenAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            return [];
        }

        var table = await tables.GetAsync(Feeds, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(id, Seen, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } row ? Read<List<SeenItem>>(row) : [];
    }

    /// <inheritdoc />
    public async Task SaveSeenAsync(string id, IReadOnlyList<SeenItem> seen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(seen);
        var table = await tables.GetAsync(Feeds, cancellationToken);
        await table.UpsertEntityAsync(SeenRow(id, seen), TableUpdateMode.Replace, cancellationToken);
    }

    // Insert-if-absent, in one transaction for all the feed's addresses (one partition): of two registrations of the
    // same address only one claim is written; the other's transaction fails (409 on Add, 412 on a stale claim's ETag),
    // it reads again and finds the winner. A claim whose feed has no registration is stale (a crash between claim and
    // registration, or a removal cut short) once older than the grace; younger, its registration is on its way.
    private static async Task<string?> ClaimAsync(TableClient table, string id, DateTimeOffset at, IReadOnlyList<string> addresses, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var actions = new List<TableTransactionAction>();
            foreach (var address in addresses)
            {
                var claim = Claim(address, id, at);
                var found = await table.GetEntityIfExistsAsync<TableEntity>(Claims, claim.RowKey, cancellationToken: cancellationToken);
                if (!found.HasValue || found.Value is not { } existing)
                {
                    actions.Add(new TableTransactionAction(TableTransactionActionType.Add, claim));
                    continue;
                }

                var holder = existing.GetString("FeedId") ?? string.Empty;
                if (holder == id)
                {
                    continue;
                }

                var registered = await table.GetEntityIfExistsAsync<TableEntity>(holder, Registration, select: ["PartitionKey"], cancellationToken: cancellationToken);
                if (registered.HasValue || existing.GetDateTimeOffset("ClaimedAt") > at - ClaimGrace || attempt >= 5)
                {
                    return holder;
                }

                actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, claim, existing.ETag));
            }

            if (actions.Count == 0)
            {
                return null;
            }

            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken);
                return null;
            }
            catch (RequestFailedException exception) when (exception.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
            {
                // Another registration wrote a claim between our read and our write: read again and name it.
            }
        }
    }

    // Feeds registered before address claims existed have none, and without one a second registration of their address
    // would succeed. Once per table (a marker row in the claims partition; once per instance after that), every feed's
    // registered and fetched addresses are claimed insert-if-absent, oldest feed first, before any claim is read or
    // written. Idempotent: instances that backfill at once write the same claims, and a claim already there is kept
    // (it is this feed's, or an older feed's when two were registered at one address before the claims: those stay
    // for an editor to remove, the older holding the address). A crash before the marker backfills again next time.
    private Task BackfilledAsync(TableClient table, CancellationToken cancellationToken)
    {
        if (backfilled)
        {
            return Task.CompletedTask;
        }

        lock (backfillGate)
        {
            if (backfill is null || backfill.IsFaulted || backfill.IsCanceled)
            {
                // Not the caller's token: a request that gives up must not cancel the run the others wait for.
                backfill = BackfillClaimsAsync(table, CancellationToken.None);
            }

            return backfill.WaitAsync(cancellationToken);
        }
    }

    private async Task BackfillClaimsAsync(TableClient table, CancellationToken cancellationToken)
    {
        var marker = await table.GetEntityIfExistsAsync<TableEntity>(Claims, BackfillMarker, select: ["PartitionKey"], cancellationToken: cancellationToken);
        if (!marker.HasValue)
        {
            var claimed = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var row in table.QueryAsync<TableEntity>(
                TableClient.CreateQueryFilter($"PartitionKey eq {Claims}"), select: ["RowKey"], cancellationToken: cancellationToken))
            {
                claimed.Add(row.RowKey);
            }

            // Oldest feed first (ListAsync), so of two feeds at one address the older gets its claim.
            var missing = new List<TableEntity>();
            foreach (var entry in await ListAsync(cancellationToken))
            {
                foreach (var address in Addresses(entry.Registration.Url, entry.State.Url))
                {
                    var claim = Claim(address, entry.Registration.Id, entry.Registration.CreatedAt);
                    if (claimed.Add(claim.RowKey))
                    {
                        missing.Add(claim);
                    }
                }
            }

            // One partition, so up to 100 claims per transaction (Table storage's limit).
            foreach (var chunk in missing.Chunk(100))
            {
                try
                {
                    await table.SubmitTransactionAsync(chunk.Select(c => new TableTransactionAction(TableTransactionActionType.Add, c)), cancellationToken);
                }
                catch (RequestFailedException exception) when (exception.Status == (int)HttpStatusCode.Conflict)
                {
                    // Another instance (or a registration) wrote one of them since the query: each on its own, keeping what is there.
                    foreach (var claim in chunk)
                    {
                        try
                        {
                            await table.AddEntityAsync(claim, cancellationToken);
                        }
                        catch (RequestFailedException again) when (again.Status == (int)HttpStatusCode.Conflict)
                        {
                            // Claimed already (see above).
                        }
                    }
                }
            }

            await table.UpsertEntityAsync(new TableEntity(Claims, BackfillMarker), TableUpdateMode.Replace, cancellationToken);
        }

        backfilled = true;
    }

    private static List<string> Addresses(params Uri[] urls) => [.. urls.Select(FeedAddress.Normalise).Distinct(StringComparer.Ordinal)];

    private static TableEntity Claim(string address, string id, DateTimeOffset at) =>
        new(Claims, ClaimKey(address)) { ["Address"] = address, ["FeedId"] = id, ["ClaimedAt"] = at };

    // Frees the feed's claims; the addresses it freed.
    private static async Task<IReadOnlyList<string>> UnclaimAsync(TableClient table, string id, CancellationToken cancellationToken)
    {
        var freed = new List<string>();
        await foreach (var claim in table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {Claims} and FeedId eq {id}"), select: ["PartitionKey", "RowKey", "Address"], cancellationToken: cancellationToken))
        {
            try
            {
                await table.DeleteEntityAsync(claim.PartitionKey, claim.RowKey, claim.ETag, cancellationToken);
                if (claim.GetString("Address") is { } address)
                {
                    freed.Add(address);
                }
            }
            catch (RequestFailedException exception) when (exception.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
            {
                // Taken over or removed meanwhile: no longer ours to free.
            }
        }

        return freed;
    }

    // Row keys may not hold '/', '?' or '#' and are at most 1 KiB: the address's SHA-256 stands for it.
    private static string ClaimKey(string address) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(address)));

    private static TableEntity SeenRow(string id, IReadOnlyList<SeenItem> seen) =>
        JsonRows.Fit(new TableEntity(id, Seen) { ["Json"] = JsonSerializer.Serialize(seen, JsonRows.Options) });

    private static TableEntity RegistrationRow(FeedRegistration feed) =>
        JsonRows.Fit(new TableEntity(feed.Id, Registration) { ["Json"] = JsonSerializer.Serialize(feed, JsonRows.Options), ["Paused"] = feed.Paused });

    private static TableEntity StateRow(string id, FeedState state, DateTimeOffset leaseUntil) =>
        JsonRows.Fit(new TableEntity(id, State)
        {
            ["Json"] = JsonSerializer.Serialize(state, JsonRows.Options),
            ["NextPoll"] = state.Health.NextPoll,
            ["LeaseUntil"] = leaseUntil,
        });

    private static T Read<T>(TableEntity row) =>
        JsonSerializer.Deserialize<T>(JsonRows.Read(row)!, JsonRows.Options)!;

    // Feed ids are the registry's own (letters, digits, '-', '_'); anything else from a URL finds nothing.
    private static bool IsId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
