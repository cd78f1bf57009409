namespace NewsAlerts.Core.Digests;

using NewsAlerts.Core.Ports;

/// <summary>
/// The digest timer's work: for every due time that has come (oldest first, so a run missed while the host was down is
/// done by the next), reads its entries, queues one digest batch per subscriber with anything pending and marks the
/// due time done. Batches carry keys, not bodies; their message ids are subscriber + due time, so a run repeated after
/// a crash between queueing and marking queues nothing twice, and the ledger sends each digest once.
/// </summary>
public sealed class DigestRun(IDigestStore digests, IDigestPublisher publisher, TimeProvider time)
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

            var batches = DigestBatches.Of(entries);
            foreach (var chunk in batches.Chunk(500))
            {
                await publisher.PublishAsync(chunk, cancellationToken);
            }

            await digests.CompleteAsync(dueAt, cancellationToken);
            queued += batches.Count;
        }

        return queued;
    }
}
