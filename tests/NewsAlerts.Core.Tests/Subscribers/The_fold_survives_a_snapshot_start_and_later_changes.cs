namespace NewsAlerts.Core.Tests.Subscribers;

using System.Runtime.CompilerServices;
using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Matching.Index;

// A snapshot holds old duplicates as their survivor only. An instance started from it must still know the duplicates'
// own rows: a later change of the survivor alone must not undo the fold, and erasing a duplicate must reach the survivor.
public sealed class The_fold_survives_a_snapshot_start_and_later_changes
{
    private static readonly DateTimeOffset SnapshotTime = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(SnapshotTime.AddMinutes(1));
    private readonly TimedStore store = new();
    private readonly LatestReplica replica = new();

    [Fact]
    public async Task A_change_of_the_survivor_after_a_snapshot_start_keeps_the_duplicate_folded_in()
    {
        var (survivor, duplicate) = Pair();
        store.Put(survivor, SnapshotTime.AddHours(-1));
        store.Put(duplicate, SnapshotTime.AddHours(-1));
        var sync = Sync(survivor, duplicate);
        await sync.RefreshAsync(CancellationToken.None);
        Assert.Equal(["b"], replica.Latest["a"].MergedIds);

        store.Put(survivor with { Topics = [new Topic("t1", "Aleppo", false)] }, SnapshotTime.AddMinutes(2));
        time.Advance(TimeSpan.FromMinutes(2));
        await sync.RefreshAsync(CancellationToken.None);

        var after = replica.Latest["a"];
        Assert.Equal(["b"], after.MergedIds);
        Assert.Equal(["Aleppo", "ceasefire"], after.Topics.Select(t => t.Text));
        Assert.False(replica.Latest.ContainsKey("b"));
    }

    [Fact]
    public async Task Erasing_a_duplicate_after_a_snapshot_start_takes_its_topics_from_the_survivor()
    {
        var (survivor, duplicate) = Pair();
        store.Put(survivor, SnapshotTime.AddHours(-1));
        store.Put(duplicate, SnapshotTime.AddHours(-1));
        var sync = Sync(survivor, duplicate);
        await sync.RefreshAsync(CancellationToken.None);

        store.Erase("b", SnapshotTime.AddMinutes(2));
        time.Advance(TimeSpan.FromMinutes(2));
        await sync.RefreshAsync(CancellationToken.None);

        var after = replica.Latest["a"];
        Assert.Null(after.MergedIds);
        Assert.Equal(["Syria"], after.Topics.Select(t => t.Text));
    }

    [Fact]
    public async Task A_duplicate_erased_before_the_start_is_not_folded_in_any_more()
    {
        var (survivor, duplicate) = Pair();
        store.Put(survivor, SnapshotTime.AddHours(-1));
        store.Erase("b", SnapshotTime.AddHours(-1));

        await Sync(survivor, duplicate).RefreshAsync(CancellationToken.None);

        Assert.Null(replica.Latest["a"].MergedIds);
        Assert.Equal(["Syria"], replica.Latest["a"].Topics.Select(t => t.Text));
    }

    [Fact]
    public async Task A_change_this_instance_saved_reaches_the_replicas_folded()
    {
        var (survivor, duplicate) = Pair();
        store.Put(survivor, SnapshotTime.AddHours(-1));
        store.Put(duplicate, SnapshotTime.AddHours(-1));
        var sync = Sync(survivor, duplicate);
        await sync.RefreshAsync(CancellationToken.None);

        var changed = survivor with { Topics = [new Topic("t1", "Homs", false)] };
        store.Put(changed, SnapshotTime.AddMinutes(1));
        await sync.PushAsync(changed, CancellationToken.None);

        Assert.Equal(["b"], replica.Latest["a"].MergedIds);
        Assert.Equal(["Homs", "ceasefire"], replica.Latest["a"].Topics.Select(t => t.Text));
    }

    private static (Subscriber Survivor, Subscriber Duplicate) Pair()
    {
        var survivor = new Subscriber("a", "reader@example.com", ContactStatus.Confirmed, "+447911123456", ContactStatus.Confirmed, "UTC", [new Topic("t1", "Syria", false)], 2, SnapshotTime.AddDays(-2));
        var duplicate = new Subscriber("b", "Reader@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "UTC", [new Topic("t1", "ceasefire", false)], 2, SnapshotTime.AddDays(-1));
        return (survivor, duplicate);
    }

    // The snapshot holds the fold, as the replicas had it when it was written.
    private SubscriberSync Sync(Subscriber survivor, Subscriber duplicate) =>
        new([replica], store, new OneSnapshot(new SubscriberSnapshot(SnapshotTime, [DuplicateMerge.Merge([survivor, duplicate]).Survivor], null!)), time);

    private sealed class OneSnapshot(SubscriberSnapshot snapshot) : ISubscriberSnapshotStore
    {
        public Task SaveAsync(DateTimeOffset syncedUpTo, IReadOnlyCollection<Subscriber> subscribers, PercolatorIndex index, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("not written by a refresh");

        public Task<SubscriberSnapshot?> LoadAsync(CancellationToken cancellationToken) => Task.FromResult<SubscriberSnapshot?>(snapshot);
    }

    private sealed class LatestReplica : ISubscriberReplica
    {
        public Dictionary<string, Subscriber> Latest { get; } = new(StringComparer.Ordinal);

        public void Upsert(Subscriber subscriber) => Latest[subscriber.Id] = subscriber;

        public void Remove(string subscriberId) => Latest.Remove(subscriberId);
    }

    /// <summary>A store whose change feed honours the time asked for, as Table storage's does.</summary>
    private sealed class TimedStore : ISubscriberStore
    {
        private readonly Dictionary<string, (Subscriber? Row, DateTimeOffset At)> rows = new(StringComparer.Ordinal);

        public void Put(Subscriber subscriber, DateTimeOffset at) => rows[subscriber.Id] = (subscriber, at);

        public void Erase(string id, DateTimeOffset at) => rows[id] = (null, at);

        public async IAsyncEnumerable<(string SubscriberId, Subscriber? Subscriber, DateTimeOffset ChangedAt)> ChangesSinceAsync(
            DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var (id, (row, at)) in rows.Where(r => r.Value.At >= since).ToList())
            {
                await Task.Yield();
                yield return (id, row, at);
            }
        }

        public Task<Subscriber?> GetAsync(string subscriberId, CancellationToken cancellationToken) =>
            Task.FromResult(rows.TryGetValue(subscriberId, out var found) ? found.Row : null);

        public Task<VersionedSubscriber?> GetVersionedAsync(string subscriberId, CancellationToken cancellationToken) => throw new InvalidOperationException("not read by a refresh");

        public Task SaveAsync(Subscriber subscriber, CancellationToken cancellationToken) => throw new InvalidOperationException("not written by a refresh");

        public Task<bool> TrySaveAsync(Subscriber subscriber, string version, CancellationToken cancellationToken) => throw new InvalidOperationException("not written by a refresh");

        public Task<bool> DeleteAsync(string subscriberId, CancellationToken cancellationToken) => throw new InvalidOperationException("not written by a refresh");

        public Task<bool> TryDeleteAsync(string subscriberId, string version, CancellationToken cancellationToken) => throw new InvalidOperationException("not written by a refresh");

        public Task<string?> FindIdByEmailAsync(string email, CancellationToken cancellationToken) => throw new InvalidOperationException("not read by a refresh");

        public Task<string?> FindIdByPhoneAsync(string phone, CancellationToken cancellationToken) => throw new InvalidOperationException("not read by a refresh");

        public Task<bool> TryAddAliasAsync(string mergedId, string survivorId, CancellationToken cancellationToken) => throw new InvalidOperationException("not written by a refresh");

        public Task<string?> FindAliasAsync(string mergedId, CancellationToken cancellationToken) => throw new InvalidOperationException("not read by a refresh");

        public Task<IReadOnlyList<string>> DeleteAliasesToAsync(string survivorId, CancellationToken cancellationToken) => throw new InvalidOperationException("not written by a refresh");
    }
}
