namespace NewsAlerts.Core.Dispatch;

using NewsAlerts.Core.Delivery;

/// <summary>One channel's part of a <see cref="DeliveryReport"/>.</summary>
/// <param name="Channel">Email or SMS.</param>
/// <param name="Total">Ledger rows of this channel (alerts claimed at least once).</param>
/// <param name="ByState">How many rows stand in each state (every state present, zero included).</param>
/// <param name="Undelivered">Failed, retrying and skipped alerts grouped by state and reason, largest group first.</param>
public sealed record ChannelDeliveries(
    Channel Channel, int Total, IReadOnlyDictionary<LedgerState, int> ByState, IReadOnlyList<UndeliveredReason> Undelivered);
