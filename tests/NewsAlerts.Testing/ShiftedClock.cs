namespace NewsAlerts.Testing;

/// <summary>
/// The system clock moved by an offset a test sets: a host given this clock lives "at 07:01 tomorrow" at once, while
/// its timers and waits still run at real speed (so nothing waits on a clock that never moves).
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long offsetTicks;

    /// <summary>How far this clock is ahead of (or behind) the system clock.</summary>
    public TimeSpan Offset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));
        set => Interlocked.Exchange(ref offsetTicks, value.Ticks);
    }

    /// <summary>Moves the clock so that it shows <paramref name="instant"/> now.</summary>
    public void SetNow(DateTimeOffset instant) => Offset = instant - System.GetUtcNow();

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
