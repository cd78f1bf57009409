namespace NewsAlerts.Core.Editor;

using NewsAlerts.Core.Delivery;

/// <summary>Where a story's alerts on one channel stand, for the editor console.</summary>
/// <param name="Channel">Email or SMS.</param>
/// <param name="Queued">Planned or being sent and not settled yet (not yet claimed, claimed, or retrying).</param>
/// <param name="Sent">Accepted by the provider, no delivery report yet.</param>
/// <param name="Delivered">Reported delivered by the provider.</param>
/// <param name="Failed">Will never go (permanent provider errors).</param>
/// <param name="NotSent">Not sent on purpose (skipped, held by a cap or as stale).</param>
/// <param name="Reasons">Why alerts failed or were not sent, with how many each, most first.</param>
public sealed record ChannelTally(Channel Channel, int Queued, int Sent, int Delivered, int Failed, int NotSent, IReadOnlyList<KeyValuePair<string, int>> Reasons)
{
    /// <summary>Whether some alerts are still on their way (the console keeps refreshing).</summary>
    public bool Sending => Queued > 0;
}
