namespace NewsAlerts.Channels.Tests.Shaping;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Channels.Shaping;

public sealed class SendRateLimiterTests
{
    [Fact]
    public async Task One_message_per_second_lets_the_second_send_go_only_after_a_second()
    {
        var time = new FakeTimeProvider();
        var limiter = new SendRateLimiter(1, time);

        await limiter.WaitTurnAsync(CancellationToken.None);
        var second = limiter.WaitTurnAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));

        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Fifty_per_second_allows_a_burst_of_five_then_one_every_20_ms()
    {
        var time = new FakeTimeProvider();
        var limiter = new SendRateLimiter(50, time);
        Assert.Equal(5, limiter.Burst);

        var waits = Enumerable.Range(0, 15).Select(_ => limiter.WaitTurnAsync(CancellationToken.None)).ToList();
        Assert.Equal(5, waits.Count(w => w.IsCompleted));
        time.Advance(TimeSpan.FromMilliseconds(100));
        await Task.WhenAll(waits.Take(10)).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(waits[10].IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(100));

        await Task.WhenAll(waits).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Shared_by_two_processes_each_sends_at_half_the_rate_and_alone_again_at_the_whole()
    {
        var time = new FakeTimeProvider();
        var limiter = new SendRateLimiter(10, time);
        limiter.ShareWith(2);
        Assert.Equal(5, limiter.CurrentRate);

        await limiter.WaitTurnAsync(CancellationToken.None);
        var second = limiter.WaitTurnAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(199));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(5));

        limiter.ShareWith(1);
        var third = limiter.WaitTurnAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(99));
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await third.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(10, limiter.CurrentRate);
    }

    [Fact]
    public void A_share_of_less_than_one_process_is_refused()
    {
        var limiter = new SendRateLimiter(10, new FakeTimeProvider());

        Assert.Throws<ArgumentOutOfRangeException>(() => limiter.ShareWith(0));
    }

    [Fact]
    public async Task A_cancelled_wait_throws()
    {
        var time = new FakeTimeProvider();
        var limiter = new SendRateLimiter(1, time);
        await limiter.WaitTurnAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = limiter.WaitTurnAsync(cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}
