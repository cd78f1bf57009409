namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;

/// <summary>
/// An opt-out ends every confirmation sent before it (issue 16: a confirmed subscriber signed up again, unsubscribed,
/// then opened the leftover link from the second sign-up, and alerts started again). Consent given after a STOP or an
/// unsubscribe must be given after it (ARCHITECTURE.md: double opt-in per channel; STOP is honoured at once), so the
/// one-click unsubscribe, "stop everything", an SMS STOP, a hard bounce and a carrier opt-out (every
/// suppression, <see cref="SuppressionList.SuppressAsync"/>) void the link or code that every sign-up, of the form or of
/// the manage link, still holds for that address or number. A voided link reads as one no longer valid ("send me a new
/// link" sends a fresh one, which only a new press confirms); a voided code as one used up ("send a new code").
/// </summary>
public static class OptOutVoids
{
    /// <summary>
    /// The sign-ups of <paramref name="candidates"/> (stored with <paramref name="contact"/>, in any order) that still
    /// wait for <paramref name="contact"/> and were not marked by an opt-out at or after <paramref name="at"/>, voided and
    /// marked (<see cref="PendingConfirmations.OptedOutAt"/> = <paramref name="at"/>): a link's nonce and expiry removed
    /// (<see cref="Channel.Email"/>); a code's tries spent (<see cref="PendingConfirmations.MaxSmsCodeAttempts"/>), so it
    /// reads as used up, not as replaced by a newer code (<see cref="Channel.Sms"/>). A sign-up whose link or code is
    /// claimed by a confirmation joining now is marked too, so that confirmation's give-back (written only over its
    /// claim) fails and the link or code stays void. Contacts are compared as <see cref="ContactKeys"/> compares them;
    /// a sign-up's other contact is left as it is. Marked ones are not picked again, so repeating it ends.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> or <paramref name="contact"/> is null.</exception>
    public static IReadOnlyList<PendingSignUp> Voided(IEnumerable<PendingSignUp> candidates, Channel channel, string contact, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(contact);
        var key = ContactKeys.Of(channel, contact);
        return channel == Channel.Email
            ? [.. candidates
                .Where(s => s is { Email: { } held, EmailConfirmed: false } && ContactKeys.Of(Channel.Email, held) == key && Unmarked(s, at))
                .Select(s => s with { Pending = s.Pending with { EmailNonce = null, EmailLinkExpiresAt = null, OptedOutAt = at } })]
            : [.. candidates
                .Where(s => s is { Phone: { } held, SmsConfirmed: false } && ContactKeys.Of(Channel.Sms, held) == key && Unmarked(s, at))
                .Select(s => s with
                {
                    Pending = s.Pending with { SmsCodeAttempts = s.Pending.SmsCodeHash is null ? s.Pending.SmsCodeAttempts : PendingConfirmations.MaxSmsCodeAttempts, OptedOutAt = at },
                })];
    }

    private static bool Unmarked(PendingSignUp signUp, DateTimeOffset at) => signUp.Pending.OptedOutAt is not { } marked || marked < at;
}
