namespace NewsAlerts.Core.Tests.Health;

/// <summary>A TimeProvider whose clock moves only when a test says so; counts the timers created on it.</summary>
internal sealed class ManualTime : TimeProvider
{
    private readonly List<(ITimer Timer, TimerCallback Callback, object? State, DateTimeOffset Due)> timers = [];
    private DateTimeOffset now = new(2026, 11, 28, 0, 0, 0, TimeSpan.Zero);

    public int TimerCount
    {
        get
        {
            lock (timers)
            {
                return timers.Count;
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new NullTimer();
        lock (timers)
        {
            timers.Add((timer, callback, state, now + dueTime));
        }

        return timer;
    }

    public void Advance(TimeSpan by)
    {
        now += by;
        List<(ITimer Timer, TimerCallback Callback, object? State, DateTimeOffset Due)> due;
        lock (timers)
        {
            due = timers.Where(t => t.Due <= now).ToList();
            timers.RemoveAll(t => t.Due <= now);
        }

        foreach (var (_, callback, state, _) in due)
        {
            callback(state);
        }
    }

    private sealed class NullTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
