namespace NewsAlerts.Core.Delivery;

/// <summary>What a provider said about one send.</summary>
public enum SendStatus
{
    /// <summary>Accepted by the provider; a provider id is known.</summary>
    Sent,

    /// <summary>Failed for now (rate limit, outage, timeout); worth retrying, after <see cref="SendOutcome.RetryAfter"/> when given.</summary>
    TransientFailure,

    /// <summary>Will never succeed for this recipient (invalid number, unsubscribed, rejected address); disable the channel.</summary>
    PermanentFailure,
}
