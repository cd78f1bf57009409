namespace NewsAlerts.Core.Subscribers;

using NewsAlerts.Core.Policy;

/// <summary>A valid sign-up: normalised contact details, time zone, topics and SMS threshold.</summary>
/// <param name="Email">The email address, if given.</param>
/// <param name="Phone">The phone number in E.164 form, if given.</param>
/// <param name="TimeZone">The IANA time zone.</param>
/// <param name="Topics">Topic texts with their exact flags, each already parsed by the matching engine.</param>
/// <param name="SmsMaxUrgency">SMS threshold (1-9).</param>
/// <param name="Preferences">Delivery preferences asked for, or null for the defaults.</param>
/// <param name="Language">BCP 47 tag of the subscriber's language (null: <c>en</c>).</param>
/// <param name="Languages">Other article languages to match topics in, or null.</param>
/// <param name="TopicLanguages">Each topic's own language (BCP 47) by position in <paramref name="Topics"/>, null where it has none.</param>
/// <param name="Given">
/// The optional choices the request gave explicitly, by API member (<see cref="SubscriberRequestParser.OptionalChoices"/>:
/// <c>smsMaxUrgency</c>, <c>preferences.quietHours</c>...), so a choice equal to its default still counts as chosen; null: not known.
/// </param>
public sealed record SubscriberRequest(string? Email, string? Phone, string TimeZone, IReadOnlyList<(string Text, bool Exact)> Topics, int SmsMaxUrgency,
    DeliveryPreferences? Preferences = null, string? Language = null, IReadOnlyList<string>? Languages = null, IReadOnlyList<string?>? TopicLanguages = null,
    IReadOnlyList<string>? Given = null);
