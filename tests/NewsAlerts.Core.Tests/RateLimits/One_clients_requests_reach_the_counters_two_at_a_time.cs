namespace NewsAlerts.Core.Tests.RateLimits;

using System.Threading.RateLimiting;
using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.RateLimits;
using NewsAlerts.Core.Telemetry;

public sealed class One_clients_requests_reach_the_counters_two_at_a_time : IDisposable
{
    private readonly TestMeters meters = new();
    private readonly SignUpLimits limits;

    public One_clients_requests_reach_the_counters_two_at_a_time() =>
        limits = new SignUpLimits(new MemoryRateCounters(), new RateLimitOptions(), new FakeTimeProvider(), new SignUpMetrics(meters));

    public void Dispose()
    {
        limits.Dispose();
        meters.Dispose();
    }

    [Fact]
    public async Task Two_go_in_eight_wait_in_order_and_the_next_is_refused_while_other_clients_pass()
    {
        var entries = Enumerable.Range(0, 11).Select(_ => limits.EnterAsync("198.51.100.1", CancellationToken.None).AsTask()).ToList();
        using var other = await limits.EnterAsync("198.51.100.2", CancellationToken.None);

        var completed = entries.Select(e => e.IsCompleted).ToList();
        var first = await entries[0];
        var second = await entries[1];
        using var refused = await entries[10];

        Assert.Equal([true, true, .. Enumerable.Repeat(false, 8), true], completed);
        Assert.True(first.IsAcquired);
        Assert.True(second.IsAcquired);
        Assert.False(refused.IsAcquired);
        Assert.True(other.IsAcquired);

        first.Dispose();
        var third = await entries[2].WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(third.IsAcquired);
        Assert.False(entries[3].IsCompleted);

        // Each lease let go lets the oldest waiting one in.
        second.Dispose();
        third.Dispose();
        foreach (var waiting in entries.Skip(3).Take(7))
        {
            (await waiting.WaitAsync(TimeSpan.FromSeconds(30))).Dispose();
        }
    }
}
