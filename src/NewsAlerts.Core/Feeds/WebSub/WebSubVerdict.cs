namespace NewsAlerts.Core.Feeds.WebSub;

/// <summary>The decision on a verification request.</summary>
/// <param name="Answer">How to answer the hub.</param>
/// <param name="Challenge">The body of a <see cref="WebSubAnswer.Confirm"/>.</param>
/// <param name="Next">The subscription to store, or null when nothing changes.</param>
/// <param name="Reason">Why a request was refused, for the 404's detail.</param>
/// <param name="Remove">True when the subscription is to be removed: the hub verified our unsubscription.</param>
public sealed record WebSubVerdict(WebSubAnswer Answer, string? Challenge, WebSubSubscription? Next, string? Reason, bool Remove = false)
{
    /// <summary>A refusal for <paramref name="reason"/>.</summary>
    public static WebSubVerdict Refused(string reason) => new(WebSubAnswer.Refuse, null, null, reason);
}
