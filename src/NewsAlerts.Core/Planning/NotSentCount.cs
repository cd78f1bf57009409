namespace NewsAlerts.Core.Planning;

/// <summary>Subscribers an earlier version's alert was not sent to, for one why (<see cref="EarlierOutcomes.NotSent"/>).</summary>
/// <param name="Why">The ledger state (<c>HeldByCap</c>, <c>HeldStale</c>, <c>Failed</c>, <c>DeadLettered</c>), or for a skipped alert the state and its reason (<c>Skipped: contact suppressed</c>).</param>
/// <param name="Count">How many subscribers.</param>
public sealed record NotSentCount(string Why, int Count);
