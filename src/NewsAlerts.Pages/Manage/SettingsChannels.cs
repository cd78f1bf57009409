namespace NewsAlerts.Pages.Manage;

using NewsAlerts.Core.Subscribers;

/// <summary>
/// The channels the preference centre's settings and hints speak of (issue 16: a person with a number only was shown
/// email frequency, digest time and day and an email cap; a person with an address only was shown quiet hours, which
/// hold texts only, an SMS urgency and a text cap). A channel counts when the person has its contact and has not
/// stopped it (<see cref="ContactStatus.OptedOut"/>: unsubscribed, or replied STOP): one waiting for confirmation or
/// disabled by a failed delivery counts, as the settings hold for it once it receives again. A contact only being added
/// (a pending change) counts once confirmed. When neither counts (everything stopped, when the page shows no settings)
/// both do. Adding the other channel stays on the page (its add form).
/// </summary>
/// <param name="Email">Whether email settings apply: frequency, digest time and day, the email cap.</param>
/// <param name="Sms">Whether text settings apply: quiet hours (with flash news through them), SMS urgency, the text cap.</param>
public sealed record SettingsChannels(bool Email, bool Sms)
{
    /// <summary>The channels of <paramref name="subscriber"/> as stored.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriber"/> is null.</exception>
    public static SettingsChannels Of(Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        var email = subscriber.Email is not null && subscriber.EmailStatus is not (ContactStatus.OptedOut or ContactStatus.None);
        var sms = subscriber.Phone is not null && subscriber.SmsStatus is not (ContactStatus.OptedOut or ContactStatus.None);
        return email || sms ? new SettingsChannels(email, sms) : new SettingsChannels(true, true);
    }
}
