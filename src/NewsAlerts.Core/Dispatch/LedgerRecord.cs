namespace NewsAlerts.Core.Dispatch;

/// <summary>What happened to one claimed alert, to write to the ledger.</summary>
/// <param name="SubscriberId">Whose alert.</param>
/// <param name="State">Sent, failed, skipped or retrying.</param>
/// <param name="ProviderMessageId">The provider's id, when sent.</param>
/// <param name="Reason">Why it failed or was skipped.</param>
public sealed record LedgerRecord(string SubscriberId, LedgerState State, string? ProviderMessageId, string? Reason);
