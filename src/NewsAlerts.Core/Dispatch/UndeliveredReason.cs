namespace NewsAlerts.Core.Dispatch;

/// <summary>Alerts of one channel that did not go for one reason.</summary>
/// <param name="State">Failed, Retrying or Skipped.</param>
/// <param name="Reason">The reason the ledger recorded (a provider's error, "subscriber left", ...).</param>
/// <param name="Count">How many alerts.</param>
/// <param name="ExampleSubscriberIds">Up to <see cref="DeliveryReport.MaxExamplesPerReason"/> of their subscriber ids, sorted.</param>
public sealed record UndeliveredReason(LedgerState State, string Reason, int Count, IReadOnlyList<string> ExampleSubscriberIds);
