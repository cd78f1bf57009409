namespace NewsAlerts.Core.Policy;

using NewsAlerts.Core.Delivery;

/// <summary>An alert the policy holds back, to record in the ledger so nothing is dropped silently.</summary>
/// <param name="SubscriberId">Whose alert.</param>
/// <param name="Channel">The channel it would have gone on.</param>
/// <param name="Kind"><see cref="PolicyDecisionKind.HeldStale"/> or <see cref="PolicyDecisionKind.HeldByCap"/>.</param>
/// <param name="Reason">Why, in words.</param>
public sealed record HeldAlert(string SubscriberId, Channel Channel, PolicyDecisionKind Kind, string Reason);
