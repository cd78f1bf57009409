namespace NewsAlerts.Core.Feeds.WebSub;

/// <summary>What to do about a feed's subscription now.</summary>
public enum WebSubAction
{
    /// <summary>Nothing: verified and not yet due for renewal, or a request is waiting for verification.</summary>
    None,

    /// <summary>A first request (or the feed names another hub or topic): a new secret.</summary>
    Subscribe,

    /// <summary>The lease lapses soon: ask again with the same secret.</summary>
    Renew,

    /// <summary>The last request was never verified, failed or was denied a while ago: ask again.</summary>
    Retry,
}
