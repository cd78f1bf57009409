namespace NewsAlerts.Core.Ports;

using NewsAlerts.Core.Feeds.WebSub;

/// <summary>
/// Each feed's WebSub subscription, with its secret. Removing a feed leaves it: it is removed once the hub verified our
/// unsubscription (<see cref="Feeds.WebSub.WebSubSubscriptions.EndAsync"/>).
/// </summary>
public interface IWebSubStore
{
    /// <summary>The feed's subscription, or null when it has none (or the feed is gone).</summary>
    Task<WebSubSubscription?> GetAsync(string feedId, CancellationToken cancellationToken);

    /// <summary>Every subscription.</summary>
    Task<IReadOnlyList<WebSubSubscription>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="subscription"/>, replacing the feed's previous one.</summary>
    Task SaveAsync(WebSubSubscription subscription, CancellationToken cancellationToken);

    /// <summary>Removes the feed's subscription, if any.</summary>
    Task DeleteAsync(string feedId, CancellationToken cancellationToken);
}
