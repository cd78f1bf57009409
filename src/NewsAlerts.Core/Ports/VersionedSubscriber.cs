namespace NewsAlerts.Core.Ports;

using NewsAlerts.Core.Subscribers;

/// <summary>A subscriber as read, with the version a conditional write (<see cref="ISubscriberStore.TrySaveAsync"/>) checks.</summary>
/// <param name="Subscriber">The subscriber.</param>
/// <param name="Version">An opaque version (in Table storage, the row's ETag).</param>
public sealed record VersionedSubscriber(Subscriber Subscriber, string Version);
