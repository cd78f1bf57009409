namespace NewsAlerts.Core.Dispatch;

/// <summary>What happened to one claimed alert, to write to the ledger.</summary>
/// <param name="SubscriberId">Whose alert.</param>
/// <param name="State">Sent, failed, skipped or retrying.</param>
/// <param name="ProviderMessageId">The provider's id, when sent.</param>
/// <param name="Reason">Why it failed or was skipped.</param>
/// <param name="Version">
/// The article version the record concerns: for an alert, the version whose text was sent or would have been (an alert
/// still queued when a correction was stored goes out as the corrected version: <see cref="QueuedAlertContent"/>, and a
/// correction follows up only what went out as an older one: <see cref="Policy.RetractionRecipients"/>); for a follow-up,
/// the withdrawing or correcting version. Every state carries it (<see cref="RecipientDecisions.WithVersion"/>); null when
/// not known, and then the ledger keeps the version the row already names.
/// </param>
public sealed record LedgerRecord(string SubscriberId, LedgerState State, string? ProviderMessageId, string? Reason, int? Version = null);
