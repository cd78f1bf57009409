namespace NewsAlerts.Core.Dispatch;

using NewsAlerts.Core.Subscribers;

/// <summary>What to do about one recipient: how the batch counts it, what the ledger records, what the subscriber becomes.</summary>
/// <param name="Result">How the batch's outcome counts it.</param>
/// <param name="Reason">Why it failed or is retried (no personal data); null otherwise.</param>
/// <param name="Record">The ledger row to write with the group's; null when nothing is written (already done).</param>
/// <param name="SubscriberUpdate">The subscriber to save (channel disabled, SMS welcome sent); null when unchanged.</param>
public sealed record RecipientDecision(RecipientResult Result, string? Reason, LedgerRecord? Record, Subscriber? SubscriberUpdate = null);
