namespace NewsAlerts.Core.Feeds;

/// <summary>
/// A feed whose next poll has come, that no instance holds and that is not paused, as one store query for the whole
/// run found it (<see cref="Ports.IFeedStore.DueAsync"/>): the poll needs nothing else read first.
/// </summary>
/// <param name="Registration">What the editor set (interval, defaults for its items).</param>
/// <param name="State">Its polling state when the query ran (the lease reads it again).</param>
public sealed record DueFeed(FeedRegistration Registration, FeedState State)
{
    /// <summary>The feed.</summary>
    public string Id => Registration.Id;

    /// <summary>Where it is fetched (its host decides which feeds are polled one after another).</summary>
    public Uri Url => State.Url;
}
