namespace NewsAlerts.Integration.Tests.Tables;

using global::Azure.Core;
using global::Azure.Core.Pipeline;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Testing;

/// <summary>
/// Issue 18 (feed polling at scale, leases with several instances), <see cref="TableFeedStore"/> in Azurite: a feed the
/// due query brought is leased by one conditional write If-Match the ETag the query saw, not a read and a write; a feed
/// whose row changed since (leased elsewhere and given back, or held elsewhere) is read again, so one still due is leased
/// and one held is not.
/// </summary>
public sealed class A_feed_from_the_due_query_is_leased_by_one_write(StackFixture fixture) : IClassFixture<StackFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Leases_after_the_query_write_once_and_read_only_rows_changed_since()
    {
        var calls = new StateRowCalls();
        var tables = new RecordedTables(fixture.Stack, "lq", calls);
        var store = new TableFeedStore(tables.Set);
        var other = new TableFeedStore(tables.Plain);
        string[] ids = ["a", "b", "c"];
        foreach (var id in ids)
        {
            await store.AddAsync(Feed(id), FeedState.New(Url(id), Now), CancellationToken.None);
        }

        Assert.Equal(ids, (await store.DueAsync(Now, 100, CancellationToken.None)).Select(d => d.Id));

        // Since the query, another instance leased b and gave it back (still due, a new ETag) and holds c.
        var given = await other.TryLeaseAsync("b", Now, Duration, CancellationToken.None);
        Assert.NotNull(given);
        Assert.True(await other.ReleaseAsync(given, given.State, seen: null, CancellationToken.None));
        Assert.NotNull(await other.TryLeaseAsync("c", Now, Duration, CancellationToken.None));

        calls.Reset();
        var leases = await store.TryLeaseManyAsync(ids, Now, Duration, CancellationToken.None);

        Assert.Equal(["a", "b"], leases.Select(l => l.FeedId));
        // a: one write; b: a refused write, a read and a write; c: a refused write and a read (held: not written).
        Assert.Equal((Reads: 2, Writes: 4), (calls.Reads, calls.Writes));
        foreach (var lease in leases)
        {
            Assert.True(await store.ReleaseAsync(lease, lease.State, seen: null, CancellationToken.None));
        }

        // Not from a query: read, then written.
        calls.Reset();
        Assert.NotNull(await store.TryLeaseAsync("a", Now, Duration, CancellationToken.None));
        Assert.Equal((Reads: 1, Writes: 1), (calls.Reads, calls.Writes));
    }

    private static Uri Url(string id) => new($"http://127.0.0.1/{id}.xml");

    private static FeedRegistration Feed(string id) =>
        new(id, Url(id), TimeSpan.FromMinutes(5), 5, "en", "Stand News", new Dictionary<string, string>(), false, Now);

    // Counts the point reads and the conditional writes of state rows (each one round trip to the table).
    private sealed class StateRowCalls : HttpPipelinePolicy
    {
        private int reads;
        private int writes;

        public int Reads => Volatile.Read(ref reads);

        public int Writes => Volatile.Read(ref writes);

        public void Reset()
        {
            Interlocked.Exchange(ref reads, 0);
            Interlocked.Exchange(ref writes, 0);
        }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("the store calls the table asynchronously");

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            if (Uri.UnescapeDataString(message.Request.Uri.ToString()).Contains("RowKey='state'", StringComparison.Ordinal))
            {
                if (message.Request.Method == RequestMethod.Get)
                {
                    Interlocked.Increment(ref reads);
                }
                else if (message.Request.Method == RequestMethod.Put && message.Request.Headers.Contains("If-Match"))
                {
                    Interlocked.Increment(ref writes);
                }
            }

            await ProcessNextAsync(message, pipeline);
        }
    }
}
