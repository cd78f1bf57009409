namespace NewsAlerts.Core.Policy;

/// <summary>How often, when and how much a subscriber hears; the SMS threshold stays on the subscriber.</summary>
/// <remarks>JSON (API and storage) in the shape <see cref="DeliveryPreferencesParser"/> reads.</remarks>
/// <param name="Email">The email schedule (default: daily digest at 07:00 local time).</param>
/// <param name="QuietHours">Local hours with no SMS, or null for none.</param>
/// <param name="Caps">Most alerts per channel per local day.</param>
/// <param name="Topics">Overrides per topic id (the <see cref="Subscribers.Topic.Id"/>); topics not listed inherit.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(DeliveryPreferencesConverter))]
public sealed record DeliveryPreferences(
    EmailSchedule Email, QuietHours? QuietHours, DailyCaps Caps, IReadOnlyDictionary<string, TopicPreferences> Topics)
{
    /// <summary>The defaults: daily digest at 07:00 local time, no quiet hours, no caps, no topic overrides.</summary>
    public static readonly DeliveryPreferences Default = new(EmailSchedule.Default, null, DailyCaps.None, new Dictionary<string, TopicPreferences>());

    /// <summary>
    /// What a subscriber saved before preferences existed gets (none stored): every email at once, texts by urgency at
    /// any hour, no caps, as before; anyone who signs up now starts with <see cref="Default"/> unless they choose.
    /// </summary>
    public static readonly DeliveryPreferences AsItHappens = Default with { Email = EmailSchedule.Default with { Frequency = EmailFrequency.Immediate } };

    /// <summary>Whether emails and texts go at all (<see cref="ChannelSwitches"/>); both on unless the subscriber turned one off.</summary>
    public ChannelSwitches Channels { get; init; } = ChannelSwitches.All;

    /// <summary>Value equality, including the topic overrides (a dictionary compares by reference otherwise).</summary>
    public bool Equals(DeliveryPreferences? other) =>
        other is not null && Email == other.Email && QuietHours == other.QuietHours && Caps == other.Caps && Channels == other.Channels
        && Topics.Count == other.Topics.Count
        && Topics.All(t => other.Topics.TryGetValue(t.Key, out var o) && t.Value == o);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Email, QuietHours, Caps, Channels, Topics.Count);

    /// <summary>The email schedule for a match of <paramref name="topicId"/> (its override, else the subscriber's).</summary>
    public EmailSchedule EmailFor(string? topicId) =>
        topicId is not null && Topics.TryGetValue(topicId, out var topic) && topic.Email is { } email ? email : Email;

    /// <summary>The SMS threshold for a match of <paramref name="topicId"/> (its override, else <paramref name="subscriberThreshold"/>).</summary>
    public int SmsMaxUrgencyFor(string? topicId, int subscriberThreshold) =>
        topicId is not null && Topics.TryGetValue(topicId, out var topic) && topic.SmsMaxUrgency is { } threshold ? threshold : subscriberThreshold;
}
