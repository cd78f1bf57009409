namespace NewsAlerts.Cli.Feeds;

/// <summary>A subscriber the local hub verified for a topic.</summary>
/// <param name="Topic">The feed URL subscribed to.</param>
/// <param name="Callback">Where content is pushed.</param>
/// <param name="Secret">The subscriber's <c>hub.secret</c>, or null (pushes then go unsigned).</param>
/// <param name="LeaseSeconds">The lease granted.</param>
/// <param name="Expires">When the lease lapses (real time).</param>
public sealed record HubSubscription(Uri Topic, Uri Callback, string? Secret, int LeaseSeconds, DateTimeOffset Expires)
{
    /// <summary>The subscription without its secret.</summary>
    public override string ToString() => $"HubSubscription {{ Topic = {Topic}, Callback = {Callback}, Expires = {Expires:o} }}";
}
