namespace NewsAlerts.Core.Subscribers;

using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;

/// <summary>
/// The one-off merge of subscribers saved before one contact meant one subscriber (operators run it with
/// <c>newsalerts migrate merge-duplicates</c>): every group of subscribers sharing a contact becomes its
/// <see cref="DuplicateMerge"/> survivor, saved with its lookup rows; the duplicates' ledger rows are re-pointed to the
/// survivor (an article sent to a duplicate counts as sent), then the duplicates are deleted. Subscribers without a
/// duplicate get the email and phone lookup rows they lack, so confirming their address later finds them. Idempotent:
/// every step can be run again after a crash, and a second run finds nothing to do. The report names, per group, the
/// survivor, the duplicates and the topics left out over the limit (ids and topic texts only: no contact data). Until it runs, the replicas fold
/// duplicates as they read them (<see cref="ContactGroups"/>).
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
        var lookups = 0;
        var moved = 0;
        foreach (var folded in groups.Flush().Upserts)
        {
            if (folded.MergedIds is null)
            {
                if (await LacksLookupAsync(folded, cancellationToken))
                {
                    lookups++;
                    if (!dryRun)
                    {
                        await store.SaveAsync(folded, cancellationToken);
                    }
                }

                continue;
            }

            var merge = DuplicateMerge.Merge([all[folded.Id], .. folded.MergedIds.Where(all.ContainsKey).Select(id => all[id])]);
            merges.Add(new DuplicateMigrationReport.Merge(merge.Survivor.Id, merge.MergedIds, [.. merge.DroppedTopics.Select(t => t.Text)]));
            if (dryRun)
            {
                continue;
            }

            // Survivor first, then the ledger, then the duplicates: a crash at any point leaves a state the next run
            // (and the replicas' read-time fold) merges again to the same result.
            await store.SaveAsync(merge.Survivor with { MergedIds = null }, cancellationToken);
            foreach (var duplicate in merge.MergedIds)
            {
                moved += await ledger.MoveSubscriberAsync(duplicate, merge.Survivor.Id, cancellationToken);
                await store.DeleteAsync(duplicate, cancellationToken);
            }
        }

        return new DuplicateMigrationReport(all.Count, merges, lookups, moved, dryRun);
    }

    private async Task<bool> LacksLookupAsync(Subscriber subscriber, CancellationToken cancellationToken) =>
        (subscriber.Email is { } email && await store.FindIdByEmailAsync(email, cancellationToken) != subscriber.Id)
        || (subscriber.Phone is { } phone && await store.FindIdByPhoneAsync(phone, cancellationToken) != subscriber.Id);
}
