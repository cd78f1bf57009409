namespace NewsAlerts.Core.Subscribers;

using NewsAlerts.Core.Policy;

/// <summary>A change of a subscriber's settings; a null field is left as it is.</summary>
/// <param name="TimeZone">The new IANA time zone.</param>
/// <param name="SmsMaxUrgency">The new SMS threshold: SMS only for articles of this urgency or more urgent (1-9).</param>
/// <param name="Preferences">Changes to the delivery preferences, merged onto the current ones.</param>
/// <param name="Language">The new language of their topics (BCP 47).</param>
/// <param name="Languages">The new list of other article languages (an empty list clears it).</param>
/// <param name="Pause">A pause to start or change, or a resume (<see cref="Pausing.PauseChange"/>).</param>
public sealed record SubscriberSettings(
    string? TimeZone, int? SmsMaxUrgency, PreferencesChange? Preferences = null, string? Language = null, IReadOnlyList<string>? Languages = null,
    Pausing.PauseChange? Pause = null);
