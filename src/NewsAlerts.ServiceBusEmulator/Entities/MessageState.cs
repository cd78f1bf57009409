namespace NewsAlerts.ServiceBusEmulator.Entities;

/// <summary>Where a stored message is in its life.</summary>
internal enum MessageState
{
    Available,
    Locked,
    Deferred,
    Scheduled,
    Removed,
}
