namespace NewsAlerts.Core.Subscribers;

using NewsAlerts.Core.Policy;

/// <summary>What the API shows of a subscriber (no confirmation secrets).</summary>
/// <param name="Id">The id.</param>
/// <param name="Email">The email address.</param>
/// <param name="EmailStatus">Email channel status.</param>
/// <param name="Phone">The phone number (E.164).</param>
/// <param name="SmsStatus">SMS channel status.</param>
/// <param name="TimeZone">IANA time zone.</param>
/// <param name="Topics">Followed topics.</param>
/// <param name="SmsMaxUrgency">SMS threshold.</param>
/// <param name="CreatedAt">Sign-up time.</param>
/// <param name="Preferences">Delivery preferences in force (the defaults when they set none).</param>
/// <param name="Language">The language of their topics (BCP 47; <c>en</c> when they set none).</param>
/// <param name="Languages">Other article languages their topics are matched in.</param>
/// <param name="Warnings">
/// Warnings about topics, as at sign-up (<c>[{topic, reason}]</c>), in the answer to a change of topics or of language;
/// left out of the JSON when null.
/// </param>
/// <param name="PausedUntil">When their pause ends (<c>9999-12-31T23:59:59.9999999+00:00</c>: until they resume); left out when not paused.</param>
/// <param name="Notices">
/// What the change did otherwise than asked (<c>[{field, reason}]</c>), e.g. a daily cap that counts from now because the
/// day's history could not be read (<see cref="Caps.CapSeeding.CountsFromNowReason"/>); left out of the JSON when null.
/// </param>
public sealed record SubscriberView(
    string Id, string? Email, ContactStatus EmailStatus, string? Phone, ContactStatus SmsStatus, string TimeZone,
    IReadOnlyList<Topic> Topics, int SmsMaxUrgency, DateTimeOffset CreatedAt, DeliveryPreferences Preferences,
    string Language = NewsAlerts.Matching.Languages.LanguageTag.Default, IReadOnlyList<string>? Languages = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyList<TopicWarning>? Warnings = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    DateTimeOffset? PausedUntil = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyList<Validation.FieldError>? Notices = null)
{
    /// <summary>The view of a subscriber.</summary>
    public static SubscriberView Of(Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return new(subscriber.Id, subscriber.Email, subscriber.EmailStatus, subscriber.Phone, subscriber.SmsStatus, subscriber.TimeZone,
            subscriber.Topics, subscriber.SmsMaxUrgency, subscriber.CreatedAt, subscriber.EffectivePreferences,
            subscriber.Language ?? NewsAlerts.Matching.Languages.LanguageTag.Default, subscriber.Languages ?? [], PausedUntil: subscriber.PausedUntil);
    }

    /// <summary>The view of a subscriber with the warnings about their topics, each in its own language or else theirs (none: no <see cref="Warnings"/>).</summary>
    public static SubscriberView WithWarnings(Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        var warnings = TopicWarnings.For([.. subscriber.Topics.Select(t => (t.Text, t.Exact))], [.. subscriber.Topics.Select(t => t.Language)], subscriber.Language);
        return warnings.Count == 0 ? Of(subscriber) : Of(subscriber) with { Warnings = warnings };
    }
}
