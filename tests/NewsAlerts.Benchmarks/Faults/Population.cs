namespace NewsAlerts.Benchmarks.Faults;

using System.Globalization;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// The campaign's subscribers: each follows "Aleppo" by email and SMS, with an address and a number of their own,
/// so every alert of one article is unique per recipient and channel and the sinks can count each.
/// </summary>
internal sealed class Population
{
    private Population(IReadOnlyList<Subscriber> subscribers)
    {
        Subscribers = subscribers;
        ByEmail = subscribers.ToDictionary(s => s.Email!, s => s.Id, StringComparer.OrdinalIgnoreCase);
        ByPhone = subscribers.ToDictionary(s => s.Phone!, s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>Every subscriber.</summary>
    public IReadOnlyList<Subscriber> Subscribers { get; }

    /// <summary>Subscriber id by email address.</summary>
    public IReadOnlyDictionary<string, string> ByEmail { get; }

    /// <summary>Subscriber id by phone number (E.164).</summary>
    public IReadOnlyDictionary<string, string> ByPhone { get; }

    /// <summary>Alerts one matching article makes: one email and one SMS per subscriber.</summary>
    public int AlertsPerArticle => Subscribers.Count * 2;

    /// <summary>
    /// <paramref name="count"/> confirmed subscribers; numbers from +447400200000 up, clear of the sink's special
    /// numbers (+447400123001 and +447400123002).
    /// </summary>
    public static Population Of(int count) => new(Enumerable.Range(0, count)
        .Select(i => new Subscriber(
            $"f{i:D6}", $"fault-{i}@example.com", ContactStatus.Confirmed, string.Create(CultureInfo.InvariantCulture, $"+447400{200_000 + i:D6}"), ContactStatus.Confirmed,
            "UTC", [new Topic("t1", "Aleppo", false)], Subscriber.DefaultSmsMaxUrgency, DateTimeOffset.UtcNow, SmsWelcomed: true))
        .ToList());

    /// <summary>Writes every subscriber to the store, a few at a time.</summary>
    public Task SaveAsync(ISubscriberStore store, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(Subscribers, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (subscriber, token) => await store.SaveAsync(subscriber, token));
}
