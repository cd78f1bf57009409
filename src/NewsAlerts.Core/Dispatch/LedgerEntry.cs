namespace NewsAlerts.Core.Dispatch;

using NewsAlerts.Core.Delivery;

/// <summary>One row of the delivery ledger as read back: ids, state and reason only, never a contact.</summary>
/// <param name="SubscriberId">Whose alert.</param>
/// <param name="Channel">Email or SMS.</param>
/// <param name="State">Where the alert stands.</param>
/// <param name="Reason">Why it failed, is retrying or was skipped; null otherwise.</param>
/// <param name="UpdatedAt">When the row last changed (UTC).</param>
/// <param name="Version">The article version the row concerns, in any state (<see cref="LedgerRecord.Version"/>); null when not known (a fresh claim, or a row written before versions were recorded).</param>
public sealed record LedgerEntry(string SubscriberId, Channel Channel, LedgerState State, string? Reason, DateTimeOffset? UpdatedAt, int? Version = null);
