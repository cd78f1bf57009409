namespace NewsAlerts.Core.Policy;

/// <summary>What the policy needs to know of a subscriber for one decision.</summary>
/// <param name="Preferences">Their delivery preferences.</param>
/// <param name="Zone">Their time zone.</param>
/// <param name="SmsMaxUrgency">Their SMS threshold (1-9), before topic overrides.</param>
/// <param name="HasConfirmedEmail">Whether they have a confirmed, unsuppressed email address (a digest can reach them).</param>
/// <param name="SentToday">Alerts already sent to them on the alert's channel in their current local day.</param>
/// <param name="EmailCarriesStory">For a text: whether the story reaches them by email anyway (sent, going now or in a digest), so a text over the cap is held, not put in a digest.</param>
public sealed record PolicyRecipient(DeliveryPreferences Preferences, TimeZoneInfo Zone, int SmsMaxUrgency, bool HasConfirmedEmail, int SentToday, bool EmailCarriesStory = false);
