namespace NewsAlerts.Core.Planning;

/// <summary>Who an article reaches: what the editor sees before (dry run) and after publishing.</summary>
/// <param name="MatchedSubscriptions">Topics that matched.</param>
/// <param name="MatchedSubscribers">Distinct subscribers with at least one matching topic.</param>
/// <param name="EmailAlerts">Email alerts planned.</param>
/// <param name="SmsAlerts">SMS alerts planned.</param>
/// <param name="Batches">Delivery batches planned.</param>
public sealed record Reach(int MatchedSubscriptions, int MatchedSubscribers, int EmailAlerts, int SmsAlerts, int Batches);
