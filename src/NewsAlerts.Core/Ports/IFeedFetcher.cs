namespace NewsAlerts.Core.Ports;

using NewsAlerts.Core.Feeds;

/// <summary>Fetches and reads a feed over HTTP, politely and only from allowed addresses.</summary>
public interface IFeedFetcher
{
    /// <summary>
    /// One conditional GET of <paramref name="url"/> (redirects followed, each target checked), the body read as a
    /// feed on <c>200</c>. Never throws for what the network or the publisher does: those end in a failed
    /// <see cref="FeedFetch"/>.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<FeedFetch> FetchAsync(Uri url, FeedValidators validators, CancellationToken cancellationToken);
}
