namespace NewsAlerts.ServiceBusEmulator.Entities;

/// <summary>A snapshot of one message handed to a consumer, taken under the entity's gate.</summary>
internal readonly record struct DeliverySnapshot(
    StoredMessage Message,
    Guid LockToken,
    DateTimeOffset LockedUntil,
    int DeliveryCount,
    bool Settled);
