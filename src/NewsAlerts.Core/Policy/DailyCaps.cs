namespace NewsAlerts.Core.Policy;

using NewsAlerts.Core.Delivery;

/// <summary>
/// The most alerts per channel per local day (midnight to midnight on the subscriber's clock), counted at dispatch;
/// null means no cap. Digests are never capped: they are where capped email alerts go.
/// </summary>
/// <param name="Email">Most immediate emails a day, or null.</param>
/// <param name="Sms">Most texts a day, or null.</param>
public sealed record DailyCaps(int? Email, int? Sms)
{
    /// <summary>No caps.</summary>
    public static readonly DailyCaps None = new(null, null);

    /// <summary>The cap of a channel, or null.</summary>
    public int? For(Channel channel) => channel == Channel.Email ? Email : Sms;

    /// <summary>Whether one more alert on <paramref name="channel"/> after <paramref name="sentToday"/> would exceed the cap.</summary>
    public bool Reached(Channel channel, int sentToday) => For(channel) is { } cap && sentToday >= cap;
}
