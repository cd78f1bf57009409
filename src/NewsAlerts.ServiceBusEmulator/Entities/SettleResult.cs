namespace NewsAlerts.ServiceBusEmulator.Entities;

/// <summary>The outcome of settling or renewing a lock.</summary>
internal enum SettleResult
{
    Settled,
    LockLost,
}
