namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;

/// <summary>
/// An opt-out ends every confirmation sent before it (issue 16: a confirmed subscriber signed up again, unsubscribed,
/// then opened the leftover link from the second sign-up, and alerts started again). Consent given after a STOP or an
/// unsubscribe must be given after it (ARCHITECTURE.md: double opt-in per channel; STOP is honoured at once), so the
/// one-click unsubscribe, "stop everything" and an SMS STOP void the link or code that every sign-up, of the form or of
/// the manage link, still holds for that address or number. A voided link reads as one no longer valid ("send me a new
/// link" sends a fresh one, which only a new press confirms); a voided code as one used up ("send a new code").
/// </summary>
public static class OptOutVoids
{
    /// <summary>
    /// The sign-ups of <paramref name="candidates"/> (stored with <paramref name="contact"/>, in any order) whose link
    /// (<see cref="Channel.Email"/>) or code (<see cref="Channel.Sms"/>) for <paramref name="contact"/> would still
    /// confirm it, with it voided: a link's nonce and expiry removed; a code's tries spent
    /// (<see cref="PendingConfirmations.MaxSmsCodeAttempts"/>), so it reads as used up, not as replaced by a newer code.
    /// Contacts are compared as <see cref="ContactKeys"/> compares them. A sign-up's other contact is left as it is.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> or <paramref name="contact"/> is null.</exception>
    public static IReadOnlyList<PendingSignUp> Voided(IEnumerable<PendingSignUp> candidates, Channel channel, string contact)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(contact);
        var key = ContactKeys.Of(channel, contact);
        return channel == Channel.Email
            ? [.. candidates
                .Where(s => s is { Email: { } held, EmailConfirmed: false, Pending.EmailNonce: not null } && ContactKeys.Of(Channel.Email, held) == key)
                .Select(s => s with { Pending = s.Pending with { EmailNonce = null, EmailLinkExpiresAt = null } })]
            : [.. candidates
                .Where(s => s is { Phone: { } held, SmsConfirmed: false, Pending.SmsCodeHash: not null } && ContactKeys.Of(Channel.Sms, held) == key
                    && s.Pending.SmsCodeAttempts < PendingConfirmations.MaxSmsCodeAttempts)
                .Select(s => s with { Pending = s.Pending with { SmsCodeAttempts = PendingConfirmations.MaxSmsCodeAttempts } })];
    }
}
