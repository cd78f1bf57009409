namespace NewsAlerts.Functions.Pages;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;

/// <summary>
/// Which contacts a sign-up still waits for are confirmed already through another sign-up (trial r31, defect 5): the
/// person signed up twice and confirmed the newer link, so the older sign-up's address or number is done, and its
/// link, code page or "send me a new link" must say so instead of sending a confirmation to a confirmed contact.
/// A contact counts only when a sign-up made after this one confirmed it (so a person signing up again while
/// subscribed still gets the code or link that adds the new topics, and a stranger signing up with someone's address
/// or number learns nothing about whether it is subscribed: review of s31) and a subscriber holds it (compared as
/// <see cref="ContactKeys"/> compares) with status <see cref="ContactStatus.Confirmed"/>.
/// </summary>
public sealed class ContactsConfirmedElsewhere(ISubscriberStore subscribers, ISignUpStore signUps)
{
    /// <summary>The subscriber holding <paramref name="signUp"/>'s waiting address as confirmed, or null (no address waits, or none holds it).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="signUp"/> is null.</exception>
    public async Task<Subscriber?> EmailHolderAsync(PendingSignUp signUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        return signUp is { Email: { } email, EmailConfirmed: false }
            && (await signUps.FindByEmailAsync(email, cancellationToken)).Any(s => IsNewer(s, signUp)
                && s is { EmailConfirmed: true, Email: { } confirmed } && ContactKeys.Of(Channel.Email, confirmed) == ContactKeys.Of(Channel.Email, email))
            && await subscribers.FindIdByEmailAsync(email, cancellationToken) is { } id
            && await subscribers.GetAsync(id, cancellationToken) is { EmailStatus: ContactStatus.Confirmed, Email: { } held } holder
            && ContactKeys.Of(Channel.Email, held) == ContactKeys.Of(Channel.Email, email)
                ? holder
                : null;
    }

    /// <summary>The subscriber holding <paramref name="signUp"/>'s waiting number as confirmed, or null (no number waits, or none holds it).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="signUp"/> is null.</exception>
    public async Task<Subscriber?> PhoneHolderAsync(PendingSignUp signUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        return signUp is { Phone: { } phone, SmsConfirmed: false }
            && (await signUps.FindByPhoneAsync(phone, cancellationToken)).Any(s => IsNewer(s, signUp)
                && s is { SmsConfirmed: true, Phone: { } confirmed } && ContactKeys.Of(Channel.Sms, confirmed) == ContactKeys.Of(Channel.Sms, phone))
            && await subscribers.FindIdByPhoneAsync(phone, cancellationToken) is { } id
            && await subscribers.GetAsync(id, cancellationToken) is { SmsStatus: ContactStatus.Confirmed, Phone: { } held } holder
            && ContactKeys.Of(Channel.Sms, held) == ContactKeys.Of(Channel.Sms, phone)
                ? holder
                : null;
    }

    // A sign-up other than signUp made at or after it.
    private static bool IsNewer(PendingSignUp other, PendingSignUp signUp) => other.Id != signUp.Id && other.CreatedAt >= signUp.CreatedAt;
}
