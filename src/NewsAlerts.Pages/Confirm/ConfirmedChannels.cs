namespace NewsAlerts.Pages.Confirm;

using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// The "you're confirmed" page's line on channels (trial r37 #1: it listed the topics only): which channels are confirmed
/// now, and which contacts of the sign-up just confirmed still wait for their link or code. Words from
/// <see cref="PageStrings"/>, in the page's language.
/// </summary>
public static class ConfirmedChannels
{
    /// <summary>
    /// "Email: confirmed. Texts: waiting for the code we texted." and so on, for <paramref name="subscriber"/> (its own
    /// statuses) and <paramref name="signUp"/> (the sign-up just confirmed, if it is the subscriber's; null: none known);
    /// null when there is nothing to say.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriber"/> is null.</exception>
    public static string? Sentence(Subscriber subscriber, PendingSignUp? signUp)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        var emailReady = subscriber is { Email: not null, EmailStatus: ContactStatus.Confirmed };
        var smsReady = subscriber is { Phone: not null, SmsStatus: ContactStatus.Confirmed };
        var emailWaiting = !emailReady && signUp is { Email: not null, EmailConfirmed: false };
        var smsWaiting = !smsReady && signUp is { Phone: not null, SmsConfirmed: false };
        return Sentence(emailReady, smsReady, emailWaiting, smsWaiting);
    }

    /// <summary>The sentence for channels confirmed (<paramref name="emailReady"/>, <paramref name="smsReady"/>) and waiting; null for none.</summary>
    public static string? Sentence(bool emailReady, bool smsReady, bool emailWaiting, bool smsWaiting)
    {
        string?[] parts =
        [
            emailReady ? PageStrings.ConfirmedChannelEmail : emailWaiting ? PageStrings.ConfirmedChannelEmailWaiting : null,
            smsReady ? PageStrings.ConfirmedChannelSms : smsWaiting ? PageStrings.ConfirmedChannelSmsWaiting : null,
        ];
        var said = string.Join(' ', parts.OfType<string>());
        return said.Length == 0 ? null : said;
    }
}
