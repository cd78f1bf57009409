namespace NewsAlerts.Core.Tests.Feeds;

using NewsAlerts.Core.Feeds;

/// <summary>
/// Issue 18 leftover: the poller's per-feed gates (a push and a poll of one feed decide one after the other) grew with
/// every feed ever polled. A gate now lives only while it is held or waited for.
/// </summary>
public sealed class A_feeds_gate_is_kept_only_while_it_is_held_or_waited_for
{
    [Fact]
    public async Task A_second_entry_waits_for_the_first_and_the_gate_goes_with_the_last()
    {
        var gates = new FeedGates();
        var first = await gates.EnterAsync("f1", CancellationToken.None);
        var second = gates.EnterAsync("f1", CancellationToken.None);
        var other = await gates.EnterAsync("f2", CancellationToken.None);

        Assert.False(second.IsCompleted);
        Assert.Equal(2, gates.Count);
        other.Dispose();
        Assert.Equal(1, gates.Count);

        first.Dispose();
        first.Dispose();
        using (await second)
        {
            Assert.Equal(1, gates.Count);
        }

        Assert.Equal(0, gates.Count);
    }

    [Fact]
    public async Task A_cancelled_wait_leaves_nothing_behind()
    {
        var gates = new FeedGates();
        var held = await gates.EnterAsync("f1", CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = gates.EnterAsync("f1", cancel.Token);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();

        Assert.Equal(0, gates.Count);
        using (await gates.EnterAsync("f1", CancellationToken.None))
        {
            Assert.Equal(1, gates.Count);
        }
    }

    [Fact]
    public async Task Ten_thousand_feeds_entered_one_after_another_leave_no_gate()
    {
        var gates = new FeedGates();
        for (var i = 0; i < 10_000; i++)
        {
            using (await gates.EnterAsync($"feed{i}", CancellationToken.None))
            {
            }
        }

        Assert.Equal(0, gates.Count);
    }
}
