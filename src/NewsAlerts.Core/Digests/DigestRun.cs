namespace NewsAlerts.Core.Digests;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;

/// <summary>
/// The digest timer's work: for every due time that has come (oldest first, so a run missed while the host was down is
/// done by the next), reads its entries, queues one digest batch per subscriber with anything pending and marks the
/// due time done. Batches carry keys, not bodies; their message ids are subscriber + due time, so a run repeated after
/// a crash between queueing and marking queues nothing twice, and the ledger sends each digest once. Entries written
/// after a subscriber's digest of that due time was settled are carried to their next due time (<see cref="LateDigestEntries"/>).
/// </summary>
public sealed class DigestRun(IDigestStore digests, IDigestPublisher publisher, IDeliveryLedger ledger, ISubscriberStore subscribers, TimeProvider time)
{
    /// <summary>
    /// How long after its due time a due time is first run (2 minutes). Planning writes a story's entries for many
    /// subscribers in 100-row transactions over seconds; a story planned just before the due minute may still be
    /// writing into that due time's partition when it falls due. A run that read the partition half-written would queue
    /// digests without the late entries and then mark the due time done, so the late entries would never be sent.
    /// Waiting this long lets planning that began before the due time finish first; digests go out up to this much late.
    /// </summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    /// <summary>Queues the digests that fell due at least <see cref="Grace"/> ago; returns how many batches were queued.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var queued = 0;
        foreach (var dueAt in await digests.DueTimesAsync(now - Grace, cancellationToken))
        {
            var entries = new List<DigestEntry>();
            await foreach (var entry in digests.ListAsync(dueAt, cancellationToken))
            {
                entries.Add(entry);
            }

            // A due time listed again (entries written after its run) has subscribers whose digest already went.
            var settled = await ledger.SettledAsync(DigestMessage.LedgerKey(dueAt), Channel.Email, cancellationToken);
            var (onTime, late) = LateDigestEntries.Split(entries, settled);
            await CarryAsync(late, now, cancellationToken);
            // All in one call: the publisher packs them into full queue batches and keeps several sends in flight.
            var batches = DigestBatches.Of(onTime);
            await publisher.PublishAsync(batches, cancellationToken);

            await digests.CompleteAsync(dueAt, cancellationToken);
            queued += batches.Count;
        }

        return queued;
    }

    // Records the late entries at their next due time before removing them from this one: a crash between the two
    // leaves a story in two digests rather than in none.
    private async Task CarryAsync(IReadOnlyList<DigestEntry> late, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (late.Count == 0)
        {
            return;
        }

        var carried = new List<DigestEntry>();
        foreach (var group in late.GroupBy(e => e.SubscriberId, StringComparer.Ordinal))
        {
            var subscriber = await subscribers.GetAsync(group.Key, cancellationToken);
            carried.AddRange(group.Select(e => LateDigestEntries.Carry(e, subscriber, now)).OfType<DigestEntry>());
        }

        if (carried.Count > 0)
        {
            await digests.RecordAsync(carried, cancellationToken);
        }

        await digests.RemoveAsync(late, cancellationToken);
    }
}
