namespace NewsAlerts.Core.Tests.Dispatch;

using System.Collections.Concurrent;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;

/// <summary>A subscriber store in memory.</summary>
internal sealed class InMemorySubscribers(IEnumerable<Subscriber> subscribers) : ISubscriberStore
{
    private readonly ConcurrentDictionary<string, Subscriber> saved = new(subscribers.ToDictionary(s => s.Id), StringComparer.Ordinal);

    public Task<Subscriber?> GetAsync(string subscriberId, CancellationToken cancellationToken) => Task.FromResult(saved.GetValueOrDefault(subscriberId));

    public Task SaveAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        saved[subscriber.Id] = subscriber;
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string subscriberId, CancellationToken cancellationToken) => Task.FromResult(saved.TryRemove(subscriberId, out _));

    public Task<string?> FindIdByEmailAsync(string email, CancellationToken cancellationToken) =>
        Task.FromResult(saved.Values.FirstOrDefault(s => string.Equals(s.Email, email, StringComparison.OrdinalIgnoreCase))?.Id);

    public Task<string?> FindIdByPhoneAsync(string phone, CancellationToken cancellationToken) =>
        Task.FromResult(saved.Values.FirstOrDefault(s => s.Phone == phone)?.Id);

    public IAsyncEnumerable<(string SubscriberId, Subscriber? Subscriber, DateTimeOffset ChangedAt)> ChangesSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        saved.Values.Select(s => (s.Id, (Subscriber?)s, s.CreatedAt)).ToAsyncEnumerable();
}
