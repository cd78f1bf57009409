namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;

/// <summary>
/// Whether the preference centre can take a texted code: every code sent from the manage link (a change of number,
/// a new number, a resend for an unconfirmed one) lives in the manage link's one sign-up, so a person who left the
/// code page can enter the code they hold on <c>/manage</c> instead of voiding it with a resend.
/// </summary>
public static class WaitingCodes
{
    /// <summary>
    /// The number of <paramref name="signUp"/> (the manage link's sign-up, or null) that waits for its code at
    /// <paramref name="now"/>, or null when none does (no number, confirmed already, no code ever sent, or the number
    /// is the <paramref name="subscriber"/>'s own confirmed one).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriber"/> is null.</exception>
    public static WaitingCode? Of(Subscriber subscriber, PendingSignUp? signUp, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        if (signUp is not { Phone: { } phone, SmsConfirmed: false, Pending: { SmsCodeHash: not null } pending }
            || (subscriber is { Phone: { } own, SmsStatus: ContactStatus.Confirmed } && ContactKeys.Of(Channel.Sms, own) == ContactKeys.Of(Channel.Sms, phone)))
        {
            return null;
        }

        var live = pending.SmsCodeExpiresAt is { } expires && expires > now && pending.SmsCodeAttempts < PendingConfirmations.MaxSmsCodeAttempts;
        return new WaitingCode(phone, live);
    }
}
