namespace NewsAlerts.Core.Feeds.WebSub;

/// <summary>A subscription or unsubscription request to a hub (WebSub §5.1); the secret is left out of <see cref="ToString"/>.</summary>
/// <param name="Hub">Where it is sent.</param>
/// <param name="Callback"><c>hub.callback</c>.</param>
/// <param name="Topic"><c>hub.topic</c>.</param>
/// <param name="Secret"><c>hub.secret</c>.</param>
/// <param name="LeaseSeconds"><c>hub.lease_seconds</c> asked for (the hub decides); not sent with an unsubscription.</param>
/// <param name="Mode"><c>hub.mode</c>: <see cref="Subscribe"/> or <see cref="Unsubscribe"/>.</param>
public sealed record WebSubRequest(Uri Hub, Uri Callback, Uri Topic, string Secret, int LeaseSeconds, string Mode = WebSubRequest.Subscribe)
{
    /// <summary><c>hub.mode=subscribe</c>.</summary>
    public const string Subscribe = "subscribe";

    /// <summary><c>hub.mode=unsubscribe</c>.</summary>
    public const string Unsubscribe = "unsubscribe";

    /// <summary>The request without its secret, and its callback without the query (its <c>state</c>).</summary>
    public override string ToString() => $"WebSubRequest {{ Mode = {Mode}, Hub = {ShownUrl.Of(Hub)}, Callback = {Callback.GetLeftPart(UriPartial.Path)}, Topic = {ShownUrl.Of(Topic)}, LeaseSeconds = {LeaseSeconds} }}";
}
