namespace NewsAlerts.Core.Subscribers;

/// <summary>A change of a subscriber's settings; a null field is left as it is.</summary>
/// <param name="TimeZone">The new IANA time zone.</param>
/// <param name="SmsMaxUrgency">The new SMS threshold: SMS only for articles of this urgency or more urgent (1-9).</param>
public sealed record SubscriberSettings(string? TimeZone, int? SmsMaxUrgency);
