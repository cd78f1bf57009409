namespace NewsAlerts.Core.Ports;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;

/// <summary>
/// Who each version of a story queued an alert for (the recipients of its immediate and scheduled batches), recorded
/// when the plan is carried out. An alert on the queue has no ledger row until the dispatcher takes it, so with the
/// ledger and the digest store this is the record of who already has a story's alert on its way when a newer, more
/// urgent version is planned (<see cref="EarlierAlerts"/>): what was planned then, not what today's settings would plan.
/// </summary>
public interface IPlannedAlerts
{
    /// <summary>Records the recipients of <paramref name="batches"/>, all of story <paramref name="articleId"/>; recording a batch again changes nothing.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    Task RecordAsync(string articleId, IReadOnlyCollection<DeliveryBatch> batches, CancellationToken cancellationToken);

    /// <summary>Every subscriber id any version of the story queued an alert for, per channel (one query of the story's records).</summary>
    Task<IReadOnlyDictionary<Channel, IReadOnlySet<string>>> ListAsync(string articleId, CancellationToken cancellationToken);

    /// <summary>
    /// Every subscriber id any version of the story queued an alert for, per channel, with the earliest time its batch was
    /// planned for (<see cref="DeliveryBatch.PlannedFor"/>: the end of quiet hours for a scheduled text; null when not
    /// recorded). The default reads <see cref="ListAsync"/> and knows no times.
    /// </summary>
    async Task<IReadOnlyDictionary<Channel, IReadOnlyDictionary<string, DateTimeOffset?>>> ListPlannedForAsync(string articleId, CancellationToken cancellationToken) =>
        (await ListAsync(articleId, cancellationToken)).ToDictionary(
            p => p.Key, p => (IReadOnlyDictionary<string, DateTimeOffset?>)p.Value.ToDictionary(id => id, _ => (DateTimeOffset?)null, StringComparer.Ordinal));

    /// <summary>
    /// Deletes every record last written before <paramref name="before"/> (the hourly purge passes
    /// <see cref="PlannedAlertRetention.CutoffAt"/>), each only as it was read: a batch recorded again meanwhile stays.
    /// Returns how many records (batches) went.
    /// </summary>
    /// <exception cref="global::System.OperationCanceledException">Cancelled; records already deleted stay deleted.</exception>
    Task<int> PurgeRecordedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>
    /// Removes <paramref name="subscriberId"/> from every record (erasure: no id of an erased subscriber is kept); a
    /// record left with no recipient is deleted.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriberId"/> is null.</exception>
    Task EraseSubscriberAsync(string subscriberId, CancellationToken cancellationToken);
}
