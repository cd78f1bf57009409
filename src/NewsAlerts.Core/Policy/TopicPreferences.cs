namespace NewsAlerts.Core.Policy;

/// <summary>What one topic does differently from the subscriber's own preferences; a null field inherits them.</summary>
/// <param name="Email">The email schedule for matches of this topic.</param>
/// <param name="SmsMaxUrgency">The SMS threshold for matches of this topic (1-9).</param>
public sealed record TopicPreferences(EmailSchedule? Email, int? SmsMaxUrgency);
