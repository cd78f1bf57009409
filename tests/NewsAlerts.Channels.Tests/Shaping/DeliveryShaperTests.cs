namespace NewsAlerts.Channels.Tests.Shaping;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Channels.Shaping;
using NewsAlerts.Core.Delivery;

public sealed class DeliveryShaperTests
{
    private readonly FakeTimeProvider time = new();
    private readonly List<DateTimeOffset> attempts = [];

    [Fact]
    public async Task Transient_failure_is_retried_after_the_providers_retry_after()
    {
        var shaper = Shaper(new RetryPolicy(3, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)));
        var send = shaper.SendAsync(Script(SendOutcome.Transient("429", TimeSpan.FromSeconds(7)), SendOutcome.Sent("SM1")), CancellationToken.None);

        await WaitUntilAsync(() => attempts.Count == 1);
        time.Advance(TimeSpan.FromSeconds(6.9));
        Assert.Single(attempts);
        time.Advance(TimeSpan.FromSeconds(0.1));

        Assert.Equal("SM1", (await send.WaitAsync(TimeSpan.FromSeconds(5))).ProviderMessageId);
        Assert.Equal(TimeSpan.FromSeconds(7), attempts[1] - attempts[0]);
    }

    [Fact]
    public async Task Backoff_doubles_with_jitter_between_half_and_all_of_it_and_stops_after_max_attempts()
    {
        var clock = new FiringCountingTime(time);
        var shaper = new DeliveryShaper(new SendRateLimiter(1000, clock), new RetryPolicy(4, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)), clock, new Random(42));
        var failure = SendOutcome.Transient("500");
        var send = shaper.SendAsync(Script(failure, failure, failure, failure, SendOutcome.Sent("never")), CancellationToken.None);

        while (!send.IsCompleted)
        {
            var fired = clock.Fired;
            time.Advance(TimeSpan.FromMilliseconds(50));
            if (clock.Fired > fired)
            {
                // The backoff ended: let the retry record its attempt before the clock moves on, or the gap grows.
                await WaitUntilAsync(() => send.IsCompleted || attempts.Count == 1 + clock.Fired);
            }
        }

        Assert.Same(failure, await send);
        Assert.Equal(4, attempts.Count);
        var gaps = attempts.Zip(attempts.Skip(1), (a, b) => (b - a).TotalSeconds).ToList();
        Assert.InRange(gaps[0], 0.5, 1.05);
        Assert.InRange(gaps[1], 1.0, 2.05);
        Assert.InRange(gaps[2], 2.0, 4.05);
    }

    [Fact]
    public async Task Permanent_failure_is_not_retried()
    {
        var shaper = Shaper(RetryPolicy.Default);

        var outcome = await shaper.SendAsync(Script(SendOutcome.Permanent("21610", "21610"), SendOutcome.Sent("x")), CancellationToken.None);

        Assert.Equal(SendStatus.PermanentFailure, outcome.Status);
        Assert.Single(attempts);
    }

    [Fact]
    public void Retry_after_longer_than_the_cap_is_capped()
    {
        var policy = new RetryPolicy(3, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(30), policy.DelayAfter(1, TimeSpan.FromMinutes(5), 0.5));
        Assert.Equal(TimeSpan.FromSeconds(30), policy.DelayAfter(20, null, 0.999999999));
    }

    private DeliveryShaper Shaper(RetryPolicy policy) =>
        new(new SendRateLimiter(1000, time), policy, time, new Random(42));

    private Func<CancellationToken, Task<SendOutcome>> Script(params SendOutcome[] outcomes) => _ =>
    {
        attempts.Add(time.GetUtcNow());
        return Task.FromResult(outcomes[attempts.Count - 1]);
    };

    // Waits (in real time, up to 10 s on a loaded machine) for continuations on the thread pool; the fake clock stays put.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(1);
        }

        Assert.True(condition());
    }

    /// <summary>The fake clock, counting the timers that fired (each backoff is one Task.Delay on it).</summary>
    private sealed class FiringCountingTime(FakeTimeProvider inner) : TimeProvider
    {
        private int fired;

        public int Fired => Volatile.Read(ref fired);

        public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

        public override long GetTimestamp() => inner.GetTimestamp();

        public override long TimestampFrequency => inner.TimestampFrequency;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            inner.CreateTimer(
                s =>
                {
                    Interlocked.Increment(ref fired);
                    callback(s);
                },
                state,
                dueTime,
                period);
    }
}
