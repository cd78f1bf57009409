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
        var held = holder.EffectivePreferences;
        var given = signUp.Preferences;
        var differ = new List<SignUpChoice>();
        if (signUp.Given is { } chosen)
        {
            bool Gave(SignUpChoice choice) => chosen.Contains(FieldOf(choice), StringComparer.Ordinal);
            Add(differ, SignUpChoice.TimeZone, !string.Equals(signUp.TimeZone, holder.TimeZone, StringComparison.Ordinal));
            Add(differ, SignUpChoice.Language, Gave(SignUpChoice.Language) && !string.Equals(signUp.Language ?? "en", holder.Language ?? "en", StringComparison.OrdinalIgnoreCase));
            Add(differ, SignUpChoice.ReadLanguages, Gave(SignUpChoice.ReadLanguages) && !SameSet(signUp.Languages ?? [], holder.Languages ?? []));
            Add(differ, SignUpChoice.EmailFrequency, Gave(SignUpChoice.EmailFrequency) && given is not null && given.Email != held.Email);
            Add(differ, SignUpChoice.QuietHours, Gave(SignUpChoice.QuietHours) && given is not null && given.QuietHours != held.QuietHours);
            Add(differ, SignUpChoice.SmsUrgency, Gave(SignUpChoice.SmsUrgency) && signUp.SmsMaxUrgency != holder.SmsMaxUrgency);
            Add(differ, SignUpChoice.DailyLimits, Gave(SignUpChoice.DailyLimits) && given is not null && given.Caps != held.Caps);
            Add(differ, SignUpChoice.TopicSettings, given is { Topics.Count: > 0 });
            return differ;
        }

        Add(differ, SignUpChoice.TimeZone, !string.Equals(signUp.TimeZone, holder.TimeZone, StringComparison.Ordinal));
        Add(differ, SignUpChoice.Language, signUp.Language is { } language && !string.Equals(language, holder.Language ?? "en", StringComparison.OrdinalIgnoreCase));
        Add(differ, SignUpChoice.ReadLanguages, signUp.Languages is { Count: > 0 } read && !SameSet(read, holder.Languages ?? []));
        Add(differ, SignUpChoice.EmailFrequency, given is not null && given.Email != held.Email);
        Add(differ, SignUpChoice.QuietHours, given?.QuietHours is { } quiet && quiet != held.QuietHours);
        Add(differ, SignUpChoice.SmsUrgency, signUp.SmsMaxUrgency != Subscriber.DefaultSmsMaxUrgency && signUp.SmsMaxUrgency != holder.SmsMaxUrgency);
        Add(differ, SignUpChoice.DailyLimits, given is not null && given.Caps != DailyCaps.None && given.Caps != held.Caps);
        Add(differ, SignUpChoice.TopicSettings, given is { Topics.Count: > 0 });
        return differ;
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

    private static void Add(List<SignUpChoice> choices, SignUpChoice choice, bool differs)
    {
        if (differs)
        {
            choices.Add(choice);
        }
    }

    private static bool SameSet(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        new HashSet<string>(a, StringComparer.OrdinalIgnoreCase).SetEquals(b);
}
