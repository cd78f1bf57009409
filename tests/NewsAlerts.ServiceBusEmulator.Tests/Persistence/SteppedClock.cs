namespace NewsAlerts.ServiceBusEmulator.Tests.Persistence;

/// <summary>The system's clock plus an offset the test moves forward (timers keep real speed; only "now" jumps).</summary>
public sealed class SteppedClock : TimeProvider
{
    private long offsetTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));
}
