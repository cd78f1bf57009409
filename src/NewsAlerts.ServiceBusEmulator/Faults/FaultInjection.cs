namespace NewsAlerts.ServiceBusEmulator.Faults;

/// <summary>
/// Switches a test flips to make the emulator misbehave the way a real namespace sometimes does, so
/// reliability tests can prove nothing is lost. The only back door into a running emulator.
/// </summary>
public sealed class FaultInjection
{
    private readonly Func<int> dropAllConnections;
    private long settlementDelayTicks;
    private volatile bool failLockRenewal;

    internal FaultInjection(Func<int> dropAllConnections) => this.dropAllConnections = dropAllConnections;

    /// <summary>When true, every renew-lock request fails with MessageLockLost.</summary>
    public bool FailLockRenewal
    {
        get => failLockRenewal;
        set => failLockRenewal = value;
    }

    /// <summary>How long the emulator waits before applying and acknowledging each settlement, on a receive link or by lock token on $management (zero: none).</summary>
    public TimeSpan SettlementDelay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref settlementDelayTicks));
        set => Interlocked.Exchange(ref settlementDelayTicks, value.Ticks);
    }

    /// <summary>Closes every client connection with amqp:connection:forced; clients reconnect. Returns how many were dropped.</summary>
    public int DropAllConnections() => dropAllConnections();

    /// <summary>Turns every fault off.</summary>
    public void Reset()
    {
        FailLockRenewal = false;
        SettlementDelay = TimeSpan.Zero;
    }
}
