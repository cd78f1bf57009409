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
    /// <summary>Queues the digests due now; returns how many batches were queued.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var queued = 0;
        foreach (var dueAt in await digests.DueTimesAsync(now, cancellationToken))
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
