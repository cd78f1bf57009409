namespace NewsAlerts.Core.Dispatch;

/// <summary>How to settle one batch message.</summary>
/// <param name="Action">Complete, abandon or dead-letter.</param>
/// <param name="DeadLetterReason">The dead-letter reason (a short code); null unless dead-lettering.</param>
/// <param name="DeadLetterDescription">The dead-letter description (no personal data); null unless dead-lettering.</param>
public sealed record Settlement(SettlementAction Action, string? DeadLetterReason = null, string? DeadLetterDescription = null);
