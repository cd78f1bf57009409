namespace NewsAlerts.Core.Subscribers;

using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;

/// <summary>
/// The one-off merge of subscribers saved before one contact meant one subscriber (operators run it with
/// <c>newsalerts migrate merge-duplicates</c>): every group of subscribers sharing a contact becomes its
/// <see cref="DuplicateMerge"/> survivor, saved with its lookup rows; the duplicates' ledger rows are re-pointed to the
/// survivor (an article sent to a duplicate counts as sent), each duplicate's id gets an alias to the survivor (so its
/// old unsubscribe, manage and resend links reach the person: <see cref="SubscriberAliases"/>), then the duplicates are deleted. Subscribers without a
/// duplicate get the email and phone lookup rows they lack, so confirming their address later finds them. Idempotent:
/// every step can be run again after a crash, and a second run finds nothing to do. Each group is read again right
/// before it is merged and written on the versions read (a change made meanwhile is merged, not overwritten). The report
/// names, per group, the survivor, the duplicates and how many topics were left out over the limit (ids and counts
/// only: no contact data, no topic text). Until it runs, the replicas fold duplicates as they read them (<see cref="ContactGroups"/>).
/// </summary>
public sealed class DuplicateMigration(ISubscriberStore store, IDeliveryLedger ledger)
{
    /// <summary>Runs the merge; with <paramref name="dryRun"/> only reports what it would do.</summary>
    public async Task<DuplicateMigrationReport> RunAsync(bool dryRun, CancellationToken cancellationToken)
    {
        var groups = new ContactGroups();
        var all = new Dictionary<string, Subscriber>(StringComparer.Ordinal);
        await foreach (var (id, subscriber, _) in store.ChangesSinceAsync(DateTimeOffset.MinValue, cancellationToken))
        {
            if (subscriber is not null)
            {
                all[id] = subscriber;
                groups.Upsert(subscriber);
            }
        }

        var merges = new List<DuplicateMigrationReport.Merge>();
        var left = new List<string>();
        var lookups = 0;
        var moved = 0;
        foreach (var folded in groups.Flush().Upserts)
        {
            if (folded.MergedIds is null)
            {
                if (await LacksLookupAsync(folded, cancellationToken))
                {
                    lookups++;
                    if (!dryRun && !await WriteLookupsAsync(folded.Id, cancellationToken))
                    {
                        left.Add(folded.Id);
                    }
                }

                continue;
            }

            var merge = DuplicateMerge.Merge([all[folded.Id], .. folded.MergedIds.Where(all.ContainsKey).Select(id => all[id])]);
            if (dryRun)
            {
                merges.Add(new DuplicateMigrationReport.Merge(merge.Survivor.Id, merge.MergedIds, merge.DroppedTopics.Count));
                continue;
            }

            var (done, kept, rows) = await MergeGroupAsync(folded.LedgerIds(), cancellationToken);
            moved += rows;
            if (kept)
            {
                left.Add(folded.Id);
            }
            else if (done is { MergedIds.Count: > 0 })
            {
                merges.Add(new DuplicateMigrationReport.Merge(done.Survivor.Id, done.MergedIds, done.DroppedTopics.Count));
            }
        }

        return new DuplicateMigrationReport(all.Count, merges, lookups, moved, dryRun, left);
    }

    // Merges one group as the store has it now: its rows are read again with their versions, the survivor is written
    // and each duplicate deleted only while still at the version read. A row changed meanwhile (an opt-out, new topics,
    // an erasure) makes the group go round again, read anew, so the change is merged rather than overwritten. Survivor
    // first, then the ledger, then the duplicates: a crash at any point leaves a state the next run (and the replicas'
    // read-time fold) merges again to the same result. Left: the group kept changing (for the next run); no merge when
    // every row of it was erased meanwhile.
    private async Task<(MergedSubscriber? Merge, bool Left, int LedgerRowsMoved)> MergeGroupAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var moved = 0;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var rows = new List<VersionedSubscriber>();
            foreach (var id in ids)
            {
                if (await store.GetVersionedAsync(id, cancellationToken) is { } row)
                {
                    rows.Add(row);
                }
            }

            if (rows.Count == 0)
            {
                return (null, false, moved);
            }

            var merge = DuplicateMerge.Merge([.. rows.Select(r => r.Subscriber)]);
            var survivor = rows.Single(r => r.Subscriber.Id == merge.Survivor.Id);
            if (!await store.TrySaveAsync(merge.Survivor with { MergedIds = null }, survivor.Version, cancellationToken))
            {
                continue;
            }

            var conflict = false;
            foreach (var duplicate in rows.Where(r => r.Subscriber.Id != survivor.Subscriber.Id))
            {
                moved += await ledger.MoveSubscriberAsync(duplicate.Subscriber.Id, merge.Survivor.Id, cancellationToken);
                // The alias before the delete: links sent under the duplicate's id never answer "not found".
                if (!await store.TryAddAliasAsync(duplicate.Subscriber.Id, merge.Survivor.Id, cancellationToken))
                {
                    conflict = true;
                    continue;
                }

                conflict |= !await store.TryDeleteAsync(duplicate.Subscriber.Id, duplicate.Version, cancellationToken);
            }

            if (!conflict)
            {
                return (merge, false, moved);
            }
        }

        return (null, true, moved);
    }

    // Rounds for one group whose rows keep changing while it is merged, before it is left for the next run.
    private const int MaxAttempts = 10;

    // Writes the lookup rows by saving the row as it is now, on its version (never a copy read at the start).
    private async Task<bool> WriteLookupsAsync(string id, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await store.GetVersionedAsync(id, cancellationToken) is not { } row || await store.TrySaveAsync(row.Subscriber, row.Version, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<bool> LacksLookupAsync(Subscriber subscriber, CancellationToken cancellationToken) =>
        (subscriber.Email is { } email && await store.FindIdByEmailAsync(email, cancellationToken) != subscriber.Id)
        || (subscriber.Phone is { } phone && await store.FindIdByPhoneAsync(phone, cancellationToken) != subscriber.Id);
}
