namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// A link or code issued before the contact's latest opt-out never confirms (issue 16; ARCHITECTURE.md: double opt-in
/// per channel, STOP honoured at once): consent to alerts must be given after the opt-out it would undo. Checked when a
/// confirmation has claimed its link or code, right before it joins, on the suppression row whose lift is then written
/// only over that read (<see cref="Suppression.SuppressionList.LiftIfUnchangedAsync"/>).
/// </summary>
public static class OptOutConsent
{
    /// <summary>
    /// Whether a confirmation issued at <paramref name="issuedAt"/> may confirm a contact that last opted out at
    /// <paramref name="optedOutAt"/> (null: not suppressed): only when it was issued strictly after the opt-out. Both are
    /// instants of the servers' clocks (UTC); a tie refuses.
    /// </summary>
    public static bool Confirms(DateTimeOffset issuedAt, DateTimeOffset? optedOutAt) => optedOutAt is not { } at || issuedAt > at;

    /// <summary>
    /// Whether a number's confirmation still stands after its join: no opt-out newer than <paramref name="before"/> (the
    /// contact's latest opt-out read right before the join, null: none) is in <paramref name="now"/> (read again after
    /// it). A START meanwhile (<paramref name="now"/> null) is the person's own consent and never makes it fail, nor
    /// marks the number opted out again; only a STOP (or carrier opt-out) landing during the join does.
    /// </summary>
    public static bool NoNewerOptOut(DateTimeOffset? before, DateTimeOffset? now) => now is not { } latest || (before is { } earlier && latest <= earlier);

    /// <summary>
    /// When the link (<see cref="Channel.Email"/>) or code (<see cref="Channel.Sms"/>) of <paramref name="signUp"/> as
    /// read before its claim was issued: its expiry less its lifetime
    /// (<see cref="SubscriberService.EmailConfirmationLifetime"/>, <see cref="SubscriberService.SmsCodeLifetime"/>). A
    /// row stored without a link's expiry reads as issued when the sign-up was made, never later than the truth, so
    /// the rule errs on the side of the opt-out.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="signUp"/> is null.</exception>
    public static DateTimeOffset IssuedAt(PendingSignUp signUp, Channel channel)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        return channel == Channel.Email
            ? signUp.Pending.EmailLinkExpiresAt is { } linkExpires ? linkExpires - SubscriberService.EmailConfirmationLifetime : signUp.CreatedAt
            : signUp.Pending.SmsCodeExpiresAt is { } codeExpires ? codeExpires - SubscriberService.SmsCodeLifetime : signUp.CreatedAt;
    }
}
