namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Which choices of a sign-up that only adds topics to a subscriber who holds its confirmed address or number were
/// not applied (issue 16: the subscriber keeps its own settings, and the page and email name exactly these).
/// </summary>
public static class ChoicesNotApplied
{
    /// <summary>
    /// The choices <paramref name="signUp"/> gave that differ from <paramref name="holder"/>'s settings, in
    /// <see cref="SignUpChoice"/> order; empty when none differ. A choice the sign-up did not give asks for nothing; one
    /// it gave counts even when it equals the default (<see cref="PendingSignUp.Given"/>: <c>smsMaxUrgency: 2</c>,
    /// <c>quietHours: null</c>, <c>caps: {}</c> are choices; review s38). A row stored before the given choices were kept
    /// reads a default value as not given (a language or preferences absent, no quiet hours, no caps, the default SMS
    /// urgency <see cref="Subscriber.DefaultSmsMaxUrgency"/>). Time zones compare as IANA ids, languages ignoring case, the languages read as sets;
    /// the email schedule, quiet hours and caps against the holder's preferences in force
    /// (<see cref="Subscriber.EffectivePreferences"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<SignUpChoice> Of(PendingSignUp signUp, Subscriber holder)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        ArgumentNullException.ThrowIfNull(holder);
        return [.. Enum.GetValues<SignUpChoice>().Where(choice => Gave(signUp, choice) && Differs(signUp, holder, choice))];
    }

    /// <summary>
    /// Whether <paramref name="signUp"/> gave <paramref name="choice"/>: as its <see cref="PendingSignUp.Given"/> lists,
    /// or, for a row stored before those were kept, guessed from the value (a default reads as not given). The time zone
    /// is always given; per-topic settings are given when there are any.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="choice"/> is not a defined choice.</exception>
    public static bool Gave(PendingSignUp signUp, SignUpChoice choice)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        return choice switch
        {
            SignUpChoice.TimeZone or SignUpChoice.TopicSettings => true,
            _ when signUp.Given is { } given => given.Contains(FieldOf(choice), StringComparer.Ordinal),
            SignUpChoice.Language => signUp.Language is not null,
            SignUpChoice.ReadLanguages => signUp.Languages is { Count: > 0 },
            SignUpChoice.EmailFrequency => signUp.Preferences is not null,
            SignUpChoice.QuietHours => signUp.Preferences?.QuietHours is not null,
            SignUpChoice.SmsUrgency => signUp.SmsMaxUrgency != Subscriber.DefaultSmsMaxUrgency,
            SignUpChoice.DailyLimits => signUp.Preferences is { } preferences && preferences.Caps != DailyCaps.None,
            _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, "not a sign-up choice"),
        };
    }

    private static bool Differs(PendingSignUp signUp, Subscriber holder, SignUpChoice choice)
    {
        var held = holder.EffectivePreferences;
        var given = signUp.Preferences;
        return choice switch
        {
            SignUpChoice.TimeZone => !string.Equals(TimeZoneIds.Shown(signUp.TimeZone), TimeZoneIds.Shown(holder.TimeZone), StringComparison.Ordinal),
            SignUpChoice.Language => !string.Equals(signUp.Language ?? "en", holder.Language ?? "en", StringComparison.OrdinalIgnoreCase),
            SignUpChoice.ReadLanguages => !SameSet(signUp.Languages ?? [], holder.Languages ?? []),
            SignUpChoice.EmailFrequency => given is not null && given.Email != held.Email,
            SignUpChoice.QuietHours => given is not null && given.QuietHours != held.QuietHours,
            SignUpChoice.SmsUrgency => signUp.SmsMaxUrgency != holder.SmsMaxUrgency,
            SignUpChoice.DailyLimits => given is not null && given.Caps != held.Caps,
            SignUpChoice.TopicSettings => given is { Topics.Count: > 0 },
            _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, "not a sign-up choice"),
        };
    }

    /// <summary>
    /// The API member that gives <paramref name="choice"/> in <c>POST /api/subscribers</c> (<c>timeZone</c>,
    /// <c>preferences.quietHours</c>...), as the confirm answers name the choices not applied.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="choice"/> is not a defined choice.</exception>
    public static string FieldOf(SignUpChoice choice) => choice switch
    {
        SignUpChoice.TimeZone => "timeZone",
        SignUpChoice.Language => "language",
        SignUpChoice.ReadLanguages => "languages",
        SignUpChoice.EmailFrequency => "preferences.email",
        SignUpChoice.QuietHours => "preferences.quietHours",
        SignUpChoice.SmsUrgency => "smsMaxUrgency",
        SignUpChoice.DailyLimits => "preferences.caps",
        SignUpChoice.TopicSettings => "preferences.topics",
        _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, "not a sign-up choice"),
    };

    private static bool SameSet(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        new HashSet<string>(a, StringComparer.OrdinalIgnoreCase).SetEquals(b);
}
