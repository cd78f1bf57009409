namespace NewsAlerts.Core.Subscribers;

using NewsAlerts.Matching.Index;

/// <summary>A loaded snapshot.</summary>
/// <param name="SyncedUpTo">The change-feed position it reflects.</param>
/// <param name="Subscribers">Every subscriber at that time.</param>
/// <param name="Index">Their compiled matching index.</param>
public sealed record SubscriberSnapshot(DateTimeOffset SyncedUpTo, IReadOnlyList<Subscriber> Subscribers, PercolatorIndex Index);
