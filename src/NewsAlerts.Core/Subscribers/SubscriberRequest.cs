namespace NewsAlerts.Core.Subscribers;

using NewsAlerts.Core.Policy;

/// <summary>A valid sign-up: normalised contact details, time zone, topics and SMS threshold.</summary>
/// <param name="Email">The email address, if given.</param>
/// <param name="Phone">The phone number in E.164 form, if given.</param>
/// <param name="TimeZone">The IANA time zone.</param>
/// <param name="Topics">Topic texts with their exact flags, each already parsed by the matching engine.</param>
/// <param name="SmsMaxUrgency">SMS threshold (1-9).</param>
/// <param name="Preferences">Delivery preferences asked for, or null for the defaults.</param>
public sealed record SubscriberRequest(string? Email, string? Phone, string TimeZone, IReadOnlyList<(string Text, bool Exact)> Topics, int SmsMaxUrgency,
    DeliveryPreferences? Preferences = null);
