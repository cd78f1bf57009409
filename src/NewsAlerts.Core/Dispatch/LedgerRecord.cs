namespace NewsAlerts.Core.Dispatch;

/// <summary>What happened to one claimed alert, to write to the ledger.</summary>
/// <param name="SubscriberId">Whose alert.</param>
/// <param name="State">Sent, failed, skipped or retrying.</param>
/// <param name="ProviderMessageId">The provider's id, when sent.</param>
/// <param name="Reason">Why it failed or was skipped.</param>
/// <param name="Version">
/// The article version whose text was sent (an alert sent, sent after a crash or failed for good), null otherwise: an
/// alert still queued when a correction was stored goes out as the corrected version (<see cref="QueuedAlertContent"/>),
/// and a correction follows up only what went out as an older version (<see cref="Policy.RetractionRecipients"/>).
/// </param>
public sealed record LedgerRecord(string SubscriberId, LedgerState State, string? ProviderMessageId, string? Reason, int? Version = null);
