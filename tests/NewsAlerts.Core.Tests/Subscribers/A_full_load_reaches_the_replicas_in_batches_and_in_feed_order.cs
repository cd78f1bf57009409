namespace NewsAlerts.Core.Tests.Subscribers;

using System.Runtime.CompilerServices;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Matching;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Matching.Index;

public sealed class A_full_load_reaches_the_replicas_in_batches_and_in_feed_order
{
    [Fact]
    public async Task Runs_of_changed_subscribers_arrive_as_batches_and_a_removal_ends_a_run()
    {
        var feed = new Feed([Change("a"), Change("b"), Change("c"), Erased("b"), Change("d")]);
        var recorder = new RecordingReplica();
        var sync = new SubscriberSync([recorder], feed, new NoSnapshots(), TimeProvider.System);

        await sync.RefreshAsync(CancellationToken.None);

        Assert.Equal(["upsert a,b,c", "remove b", "upsert d"], recorder.Calls);
    }

    [Fact]
    public async Task The_matching_index_loaded_in_batches_matches_like_one_fed_one_by_one()
    {
        var changes = Enumerable.Range(0, 25_000).Select(i => Change($"s{i:D5}", i % 3 == 0 ? "Syria" : i % 3 == 1 ? "ceasefire" : "football")).ToList();
        changes.Add(Erased("s00003"));
        var batched = new SubscriberMatcher();
        var oneByOne = new SubscriberMatcher();
        await new SubscriberSync([batched], new Feed(changes), new NoSnapshots(), TimeProvider.System).RefreshAsync(CancellationToken.None);
        foreach (var (id, subscriber, _) in changes)
        {
            if (subscriber is null)
            {
                oneByOne.Remove(id);
            }
            else
            {
                oneByOne.Upsert(subscriber);
            }
        }

        var article = new Article("urn:t:1", 1, "Truce agreed in Syria", "The ceasefire holds.", null, null, "en", [], 2, null, DateTimeOffset.UnixEpoch);
        var expected = oneByOne.Match(article).Select(m => m.Subscriber.Id).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, batched.Match(article).Select(m => m.Subscriber.Id).Order(StringComparer.Ordinal));
        Assert.Equal(16_666, expected.Count);
        Assert.DoesNotContain("s00003", expected);
        Assert.Equal(oneByOne.Count, batched.Count);
    }

    [Fact]
    public void A_subscriber_twice_in_one_batch_keeps_only_the_topics_of_its_last_version()
    {
        var index = new SubscriberMatcher();
        var first = Change("s1", "football").Item2!;
        var last = first with { Topics = [new Topic("t2", "Syria", false)] };

        index.UpsertMany([first, last]);

        var article = new Article("urn:t:2", 1, "Football final in Syria", "The football final was played.", null, null, "en", [], 2, null, DateTimeOffset.UnixEpoch);
        var match = Assert.Single(index.Match(article));
        Assert.Equal("Syria", match.Topic, ignoreCase: true);
        Assert.Equal(1, index.Count);
        index.Remove("s1");
        Assert.Empty(index.Match(article));
    }

    private static (string, Subscriber?, DateTimeOffset) Change(string id, string topic = "Syria") =>
        (id, new Subscriber(id, $"{id}@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "UTC", [new Topic("t1", topic, false)], 2, DateTimeOffset.UnixEpoch),
            DateTimeOffset.UnixEpoch);

    private static (string, Subscriber?, DateTimeOffset) Erased(string id) => (id, null, DateTimeOffset.UnixEpoch);

    private sealed class RecordingReplica : ISubscriberReplica
    {
        public List<string> Calls { get; } = [];

        public void Upsert(Subscriber subscriber) => Calls.Add($"upsert {subscriber.Id}");

        public void UpsertMany(IReadOnlyCollection<Subscriber> batch) => Calls.Add($"upsert {string.Join(',', batch.Select(s => s.Id))}");

        public void Remove(string subscriberId) => Calls.Add($"remove {subscriberId}");
    }

    /// <summary>A store whose change feed is a fixed list (only the feed is read by a refresh).</summary>
    private sealed class Feed(IReadOnlyList<(string, Subscriber?, DateTimeOffset)> changes) : ISubscriberStore
    {
        public async IAsyncEnumerable<(string SubscriberId, Subscriber? Subscriber, DateTimeOffset ChangedAt)> ChangesSinceAsync(
            DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var change in changes)
            {
                await Task.Yield();
                yield return change;
            }
        }

        public Task<Subscriber?> GetAsync(string subscriberId, CancellationToken cancellationToken) => throw new InvalidOperationException("not read by a refresh");

        public Task SaveAsync(Subscriber subscriber, CancellationToken cancellationToken) => throw new InvalidOperationException("not written by a refresh");

        public Task<bool> DeleteAsync(string subscriberId, CancellationToken cancellationToken) => throw new InvalidOperationException("not written by a refresh");

        public Task<string?> FindIdByPhoneAsync(string phone, CancellationToken cancellationToken) => throw new InvalidOperationException("not read by a refresh");

        public Task<string?> FindIdByEmailAsync(string email, CancellationToken cancellationToken) => throw new InvalidOperationException("not read by a refresh");

        public Task<VersionedSubscriber?> GetVersionedAsync(string subscriberId, CancellationToken cancellationToken) => throw new InvalidOperationException("not read by a refresh");

        public Task<bool> TrySaveAsync(Subscriber subscriber, string version, CancellationToken cancellationToken) => throw new InvalidOperationException("not written by a refresh");

        public Task<bool> TryDeleteAsync(string subscriberId, string version, CancellationToken cancellationToken) => throw new InvalidOperationException("not written by a refresh");

        public Task<bool> TryAddAliasAsync(string mergedId, string survivorId, CancellationToken cancellationToken) => throw new InvalidOperationException("not written by a refresh");

        public Task<string?> FindAliasAsync(string mergedId, CancellationToken cancellationToken) => throw new InvalidOperationException("not read by a refresh");

        public Task<IReadOnlyList<string>> DeleteAliasesToAsync(string survivorId, CancellationToken cancellationToken) => throw new InvalidOperationException("not written by a refresh");
    }

    private sealed class NoSnapshots : ISubscriberSnapshotStore
    {
        public Task SaveAsync(DateTimeOffset syncedUpTo, IReadOnlyCollection<Subscriber> subscribers, PercolatorIndex index, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("not written by a refresh");

        public Task<SubscriberSnapshot?> LoadAsync(CancellationToken cancellationToken) => Task.FromResult<SubscriberSnapshot?>(null);
    }
}
