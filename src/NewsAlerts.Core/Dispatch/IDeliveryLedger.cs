namespace NewsAlerts.Core.Dispatch;

using NewsAlerts.Core.Delivery;

/// <summary>
/// The record of every alert: claimed, sent (with the provider's id), delivered, failed or skipped. It is what makes
/// a redelivered batch send nothing twice.
/// </summary>
public interface IDeliveryLedger
{
    /// <summary>Claims the alert for this worker.</summary>
    Task<ClaimResult> ClaimAsync(string articleId, string subscriberId, Channel channel, CancellationToken cancellationToken);

    /// <summary>Records what happened to a claimed alert.</summary>
    Task RecordAsync(string articleId, string subscriberId, Channel channel, LedgerState state, string? providerMessageId, string? reason, CancellationToken cancellationToken);

    /// <summary>Marks an alert delivered (or failed) from a provider status callback; false when the provider id is unknown.</summary>
    Task<bool> RecordProviderStatusAsync(string providerMessageId, LedgerState state, string? reason, CancellationToken cancellationToken);

    /// <summary>The state of one alert, or null when it was never claimed.</summary>
    Task<LedgerState?> GetStateAsync(string articleId, string subscriberId, Channel channel, CancellationToken cancellationToken);

    /// <summary>Erases every ledger record of a subscriber.</summary>
    Task EraseSubscriberAsync(string subscriberId, CancellationToken cancellationToken);
}
