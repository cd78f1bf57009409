namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Subscribers;

/// <summary>
/// Which of the change email's side notes are true for a sign-up of an address already confirmed (trial r36 #5: both
/// were always written): that the settings asked for were not applied, and that texts need a number.
/// </summary>
/// <param name="SettingsNotApplied">
/// The sign-up asked for a time zone, a language or an email frequency (with its time and weekday) other than the holder's.
/// </param>
/// <param name="NoNumber">The holder has no number that gets texts or waits for its code (none, stopped or undeliverable).</param>
public sealed record TopicsChangeNotes(bool SettingsNotApplied, bool NoNumber)
{
    /// <summary>Both notes, for a caller that cannot tell.</summary>
    public static readonly TopicsChangeNotes Both = new(true, true);

    /// <summary>
    /// The notes for <paramref name="signUp"/> whose address <paramref name="holder"/> holds: a language not given or a
    /// default frequency (no preferences given) asks for nothing; time zones compare as IANA ids, languages ignoring case.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static TopicsChangeNotes Of(PendingSignUp signUp, Subscriber holder)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        ArgumentNullException.ThrowIfNull(holder);
        var settings = !string.Equals(signUp.TimeZone, holder.TimeZone, StringComparison.Ordinal)
            || (signUp.Language is { } language && !string.Equals(language, holder.Language ?? "en", StringComparison.OrdinalIgnoreCase))
            || (signUp.Preferences is { } preferences && preferences.Email != holder.EffectivePreferences.Email);
        var noNumber = holder.Phone is null || holder.SmsStatus is ContactStatus.None or ContactStatus.OptedOut or ContactStatus.Disabled;
        return new TopicsChangeNotes(settings, noNumber);
    }
}
