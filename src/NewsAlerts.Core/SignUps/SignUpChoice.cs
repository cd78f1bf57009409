namespace NewsAlerts.Core.SignUps;

using System.Text.Json.Serialization;

/// <summary>
/// A setting a sign-up chooses besides its contacts and topics (the sign-up form's fields and the API's
/// <c>POST /api/subscribers</c> members), named when a sign-up that only adds topics did not apply it
/// (<see cref="ChoicesNotApplied"/>). Stored by name.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<SignUpChoice>))]
public enum SignUpChoice
{
    /// <summary>The time zone (<c>timeZone</c>).</summary>
    TimeZone,

    /// <summary>The language of the topics and alerts (<c>language</c>).</summary>
    Language,

    /// <summary>The other languages read (<c>languages</c>; the form's "Languages I read").</summary>
    ReadLanguages,

    /// <summary>The email frequency with its digest time and weekday (<c>preferences.email</c>).</summary>
    EmailFrequency,

    /// <summary>The quiet hours with flash-through (<c>preferences.quietHours</c>).</summary>
    QuietHours,

    /// <summary>The urgency texts need (<c>smsMaxUrgency</c>).</summary>
    SmsUrgency,

    /// <summary>The daily limits per channel (<c>preferences.caps</c>).</summary>
    DailyLimits,

    /// <summary>Per-topic settings (<c>preferences.topics</c>).</summary>
    TopicSettings,
}
