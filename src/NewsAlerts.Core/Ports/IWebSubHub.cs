namespace NewsAlerts.Core.Ports;

using NewsAlerts.Core.Feeds.WebSub;

/// <summary>Sends subscription and unsubscription requests to WebSub hubs, only at addresses the feed guard allows.</summary>
public interface IWebSubHub
{
    /// <summary>
    /// Sends <paramref name="request"/> (<c>hub.mode</c> = <see cref="WebSubRequest.Mode"/>); null when the hub accepted it (2xx: it will verify
    /// our intent next), otherwise why not (refused address, status, network error). Never throws for what the hub does.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<string?> SubscribeAsync(WebSubRequest request, CancellationToken cancellationToken);
}
