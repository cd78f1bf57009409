namespace NewsAlerts.Core.Feeds.WebSub;

/// <summary>A subscription request to a hub (WebSub §5.1); the secret is left out of <see cref="ToString"/>.</summary>
/// <param name="Hub">Where it is sent.</param>
/// <param name="Callback"><c>hub.callback</c>.</param>
/// <param name="Topic"><c>hub.topic</c>.</param>
/// <param name="Secret"><c>hub.secret</c>.</param>
/// <param name="LeaseSeconds"><c>hub.lease_seconds</c> asked for (the hub decides).</param>
public sealed record WebSubRequest(Uri Hub, Uri Callback, Uri Topic, string Secret, int LeaseSeconds)
{
    /// <summary>The request without its secret, and its callback without the query (its <c>state</c>).</summary>
    public override string ToString() => $"WebSubRequest {{ Hub = {Hub}, Callback = {Callback.GetLeftPart(UriPartial.Path)}, Topic = {Topic}, LeaseSeconds = {LeaseSeconds} }}";
}
