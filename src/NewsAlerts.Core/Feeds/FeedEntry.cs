namespace NewsAlerts.Core.Feeds;

/// <summary>A registered feed with its polling state, as the registry lists it.</summary>
/// <param name="Registration">What the editor registered.</param>
/// <param name="State">What polling keeps.</param>
public sealed record FeedEntry(FeedRegistration Registration, FeedState State);
