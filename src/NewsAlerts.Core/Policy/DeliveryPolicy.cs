namespace NewsAlerts.Core.Policy;

using System.Globalization;
using NewsAlerts.Core.Caps;
using NewsAlerts.Core.Delivery;

/// <summary>
/// Decides what happens to one planned alert under the subscriber's preferences. Email: a digest schedule makes it a
/// digest entry; an immediate email over the daily cap goes to the overflow digest. SMS: below the (topic's)
/// threshold it is not wanted; over the daily cap it goes to the email digest, or is held (HeldByCap) without a
/// confirmed email or when the email carries the story anyway (<see cref="DailyCapCounting.OverCap"/>, the rule the
/// dispatcher's count applies too); inside quiet hours it is scheduled for their end unless it is a flash story let through, and if
/// it would be older than <c>staleAfter</c> by then it goes to the email digest, or is held (HeldStale).
/// </summary>
public static class DeliveryPolicy
{
    /// <summary>The urgency of a flash story, which may pass quiet hours.</summary>
    public const int Flash = 1;

    /// <summary>Decides one alert at <paramref name="now"/>.</summary>
    /// <param name="alert">The planned alert.</param>
    /// <param name="recipient">The subscriber's preferences, zone and counts.</param>
    /// <param name="now">The decision time (from a <see cref="TimeProvider"/>).</param>
    /// <param name="staleAfter">How old a story may be when a delayed SMS goes out (positive).</param>
    /// <exception cref="ArgumentNullException"><paramref name="alert"/> or <paramref name="recipient"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="staleAfter"/> is not positive.</exception>
    public static PolicyDecision Decide(PlannedAlert alert, PolicyRecipient recipient, DateTimeOffset now, TimeSpan staleAfter)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(staleAfter, TimeSpan.Zero);
        return alert.Channel == Channel.Email ? DecideEmail(alert, recipient, now) : DecideSms(alert, recipient, now, staleAfter);
    }

    private static PolicyDecision DecideEmail(PlannedAlert alert, PolicyRecipient recipient, DateTimeOffset now)
    {
        var schedule = recipient.Preferences.EmailFor(alert.TopicId);
        if (schedule.IsDigest)
        {
            return ToDigest(schedule, recipient, now, $"{schedule.Frequency.ToString().ToLowerInvariant()} digest");
        }

        // An email is decided only for an address that can take it, so a digest can reach them.
        return recipient.Preferences.Caps.Reached(Channel.Email, recipient.SentToday)
            ? DailyCapCounting.OverCap(Channel.Email, recipient.Preferences, alert.TopicId, recipient.Zone, now, digestReachesThem: true, emailCarriesStory: false)
            : PolicyDecision.Now;
    }

    private static PolicyDecision DecideSms(PlannedAlert alert, PolicyRecipient recipient, DateTimeOffset now, TimeSpan staleAfter)
    {
        var preferences = recipient.Preferences;
        var threshold = preferences.SmsMaxUrgencyFor(alert.TopicId, recipient.SmsMaxUrgency);
        if (alert.Urgency > threshold)
        {
            return new PolicyDecision(PolicyDecisionKind.NotWanted, null, $"urgency {alert.Urgency} is below the SMS threshold {threshold}");
        }

        if (preferences.Caps.Reached(Channel.Sms, recipient.SentToday))
        {
            return DailyCapCounting.OverCap(
                Channel.Sms, preferences, alert.TopicId, recipient.Zone, now, digestReachesThem: recipient.HasConfirmedEmail, emailCarriesStory: recipient.EmailCarriesStory);
        }

        if (preferences.QuietHours is not { } quiet || (quiet.FlashThrough && alert.Urgency == Flash) || quiet.EndAfter(now, recipient.Zone) is not { } end)
        {
            return PolicyDecision.Now;
        }

        var quietReason = $"quiet hours until {quiet.End.ToString("HH:mm", CultureInfo.InvariantCulture)}";
        if (end - alert.PublishedAt <= staleAfter)
        {
            return new PolicyDecision(PolicyDecisionKind.Schedule, end, quietReason);
        }

        var staleReason = $"{quietReason}, by when the story is older than {staleAfter.TotalHours.ToString(CultureInfo.InvariantCulture)} h";
        return recipient.HasConfirmedEmail
            ? ToDigest(preferences.EmailFor(alert.TopicId), recipient, now, staleReason)
            : new PolicyDecision(PolicyDecisionKind.HeldStale, null, staleReason);
    }

    private static PolicyDecision ToDigest(EmailSchedule schedule, PolicyRecipient recipient, DateTimeOffset now, string reason) =>
        new(PolicyDecisionKind.Digest, DigestClock.NextDue(schedule.Overflow, recipient.Zone, now), reason);
}
