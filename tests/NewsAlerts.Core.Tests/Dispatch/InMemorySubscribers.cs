namespace NewsAlerts.Core.Tests.Dispatch;

using System.Collections.Concurrent;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;

/// <summary>A subscriber store in memory.</summary>
internal sealed class InMemorySubscribers(IEnumerable<Subscriber> subscribers) : ISubscriberStore
{
    private readonly ConcurrentDictionary<string, Subscriber> saved = new(subscribers.ToDictionary(s => s.Id), StringComparer.Ordinal);

    public Task<Subscriber?> GetAsync(string subscriberId, CancellationToken cancellationToken) => Task.FromResult(saved.GetValueOrDefault(subscriberId));

    /// <summary>Every write, in order (id and what was written: null for an erasure).</summary>
    public ConcurrentQueue<(string Id, Subscriber? Written)> Writes { get; } = new();

    public Task SaveAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        saved[subscriber.Id] = subscriber;
        Writes.Enqueue((subscriber.Id, subscriber));
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string subscriberId, CancellationToken cancellationToken)
    {
        Writes.Enqueue((subscriberId, null));
        return Task.FromResult(saved.TryRemove(subscriberId, out _));
    }

    // The version of a row is the row itself (records compare by value; a reference check is enough here).
    public Task<VersionedSubscriber?> GetVersionedAsync(string subscriberId, CancellationToken cancellationToken) =>
        Task.FromResult(saved.TryGetValue(subscriberId, out var s) ? new VersionedSubscriber(s, VersionOf(s)) : null);

    public Task<bool> TrySaveAsync(Subscriber subscriber, string version, CancellationToken cancellationToken)
    {
        if (!saved.TryGetValue(subscriber.Id, out var current) || VersionOf(current) != version)
        {
            return Task.FromResult(false);
        }

        return SaveAsync(subscriber, cancellationToken).ContinueWith(_ => true, TaskScheduler.Default);
    }

    public Task<bool> TryDeleteAsync(string subscriberId, string version, CancellationToken cancellationToken) =>
        saved.TryGetValue(subscriberId, out var current) && VersionOf(current) == version ? DeleteAsync(subscriberId, cancellationToken) : Task.FromResult(false);

    private static string VersionOf(Subscriber subscriber) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(subscriber).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Task<string?> FindIdByEmailAsync(string email, CancellationToken cancellationToken) =>
        Task.FromResult(saved.Values.FirstOrDefault(s => s.AllEmails().Contains(email, StringComparer.OrdinalIgnoreCase))?.Id);

    public Task<string?> FindIdByPhoneAsync(string phone, CancellationToken cancellationToken) =>
        Task.FromResult(saved.Values.FirstOrDefault(s => s.AllPhones().Contains(phone))?.Id);

    private readonly ConcurrentDictionary<string, string> aliases = new(StringComparer.Ordinal);

    public Task<bool> TryAddAliasAsync(string mergedId, string survivorId, CancellationToken cancellationToken) =>
        Task.FromResult(aliases.GetOrAdd(mergedId, survivorId) == survivorId);

    public Task<string?> FindAliasAsync(string mergedId, CancellationToken cancellationToken) => Task.FromResult(aliases.GetValueOrDefault(mergedId));

    public Task<IReadOnlyList<string>> DeleteAliasesToAsync(string survivorId, CancellationToken cancellationToken)
    {
        var merged = aliases.Where(a => a.Value == survivorId).Select(a => a.Key).ToList();
        foreach (var id in merged)
        {
            aliases.TryRemove(id, out _);
        }

        return Task.FromResult<IReadOnlyList<string>>(merged);
    }

    public IAsyncEnumerable<(string SubscriberId, Subscriber? Subscriber, DateTimeOffset ChangedAt)> ChangesSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        saved.Values.Select(s => (s.Id, (Subscriber?)s, s.CreatedAt)).ToAsyncEnumerable();
}
