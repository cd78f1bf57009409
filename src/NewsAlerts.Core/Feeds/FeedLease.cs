namespace NewsAlerts.Core.Feeds;

/// <summary>
/// One instance's exclusive right to poll a feed until <paramref name="Until"/>, and the state it read when it took it.
/// </summary>
/// <param name="FeedId">The feed.</param>
/// <param name="Until">When the lease lapses and another instance may take the feed.</param>
/// <param name="State">The feed's state when the lease was taken.</param>
/// <param name="Token">The store's concurrency token for the leased row (an ETag); the state is saved only while it holds.</param>
public sealed record FeedLease(string FeedId, DateTimeOffset Until, FeedState State, string Token);
