namespace NewsAlerts.Integration.Tests.Tables;

using global::Azure.Core;
using global::Azure.Core.Pipeline;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Testing;

/// <summary>
/// Issue 18 (leases with several instances), review of s35: a lease whose conditional write Azurite applied while the
/// caller was cancelled (the answer arriving as the run stops) is given back at once, so the feed is due again now
/// rather than after the lease's duration (at least 60 s), alone and in a host's batch.
/// </summary>
public sealed class A_lease_taken_as_its_call_is_cancelled_is_given_back(StackFixture fixture) : IClassFixture<StackFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task A_lease_taken_alone_is_given_back()
    {
        using var run = new CancellationTokenSource();
        var cut = new CancelOnLeaseAnswer(run);
        var tables = new RecordedTables(fixture.Stack, "lc", cut);
        var store = new TableFeedStore(tables.Set);
        await store.AddAsync(Feed("f"), FeedState.New(Url("f"), Now), CancellationToken.None);

        cut.Armed = true;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.TryLeaseAsync("f", Now, Duration, run.Token));

        // The lease's write reached the table and was answered; the run was cancelled as the answer came back.
        Assert.Equal(1, cut.Cuts);
        var other = new TableFeedStore(tables.Plain);
        Assert.Equal(["f"], (await other.DueAsync(Now, 100, CancellationToken.None)).Select(d => d.Id));
        Assert.NotNull(await other.TryLeaseAsync("f", Now, Duration, CancellationToken.None));
    }

    [Fact]
    public async Task The_leases_of_a_batch_are_given_back()
    {
        using var run = new CancellationTokenSource();
        var cut = new CancelOnLeaseAnswer(run);
        var tables = new RecordedTables(fixture.Stack, "lc", cut);
        var store = new TableFeedStore(tables.Set);
        string[] ids = [.. Enumerable.Range(0, 20).Select(i => $"b{i:D2}")];
        foreach (var id in ids)
        {
            await store.AddAsync(Feed(id), FeedState.New(Url(id), Now), CancellationToken.None);
        }

        cut.Armed = true;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.TryLeaseManyAsync(ids, Now, Duration, run.Token));

        Assert.Equal(1, cut.Cuts);
        var other = new TableFeedStore(tables.Plain);
        Assert.Equal(ids, (await other.DueAsync(Now, 100, CancellationToken.None)).Select(d => d.Id));
        Assert.Equal(ids, (await other.TryLeaseManyAsync(ids, Now, Duration, CancellationToken.None)).Select(l => l.FeedId));
    }

    private static Uri Url(string id) => new($"http://127.0.0.1/{id}.xml");

    private static FeedRegistration Feed(string id) =>
        new(id, Url(id), TimeSpan.FromMinutes(5), 5, "en", "Stand News", new Dictionary<string, string>(), false, Now);

    // Once armed, cancels the run when the first answer to a conditional write of a state row (a lease) comes back, and
    // then fails that call as the transport does for a request whose token was cancelled: the write was applied, the
    // caller never hears its answer.
    private sealed class CancelOnLeaseAnswer(CancellationTokenSource run) : HttpPipelinePolicy
    {
        private int cuts;

        public bool Armed { get; set; }

        public int Cuts => Volatile.Read(ref cuts);

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("the store calls the table asynchronously");

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            if (Armed && message.Request.Method == RequestMethod.Put && message.Request.Headers.Contains("If-Match")
                && Uri.UnescapeDataString(message.Request.Uri.ToString()).Contains("RowKey='state'", StringComparison.Ordinal) && message.Response.Status == 204
                && Interlocked.Exchange(ref cuts, 1) == 0)
            {
                await run.CancelAsync();
            }

            message.CancellationToken.ThrowIfCancellationRequested();
        }
    }
}
