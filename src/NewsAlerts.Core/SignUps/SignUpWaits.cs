namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Subscribers;

/// <summary>
/// What a subscriber's sign-up still waits for once one of its contacts has joined them (issue 16, trial #5: the person
/// confirmed their number by code first and the preference centre said "No email address yet." while the emailed link
/// was still good). A subscriber holds only confirmed contacts, so the waiting one is read from the sign-up itself.
/// </summary>
public static class SignUpWaits
{
    /// <summary>
    /// Of <paramref name="candidates"/> (sign-ups found by the subscriber's contacts, in any order), the newest sign-up
    /// form's sign-up (<see cref="SignUpIds.IsOfSignUpForm"/>, not a manage-link change, which the page shows apart) that
    /// joined <paramref name="subscriber"/> and still waits for an address or number the subscriber does not have, with
    /// until when its link or code works at <paramref name="now"/>; null when none waits.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriber"/> or <paramref name="candidates"/> is null.</exception>
    public static WaitingSignUp? Of(Subscriber subscriber, IEnumerable<PendingSignUp> candidates, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates
            .Where(s => SignUpIds.IsOfSignUpForm(s.Id) && !s.Replaces && string.Equals(s.SubscriberId, subscriber.Id, StringComparison.Ordinal))
            .OrderByDescending(s => s.CreatedAt)
            .Select(s => Waiting(subscriber, s, now))
            .FirstOrDefault(w => w is not null);
    }

    /// <summary>Until when <paramref name="signUp"/>'s emailed link confirms at <paramref name="now"/>; null when it does not.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="signUp"/> is null.</exception>
    public static DateTimeOffset? LinkUntil(PendingSignUp signUp, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        return signUp is { Email: not null, EmailConfirmed: false, Pending: { EmailNonce: not null, EmailLinkExpiresAt: { } expires } } && expires > now ? expires : null;
    }

    /// <summary>Until when <paramref name="signUp"/>'s texted code confirms at <paramref name="now"/> (tries left); null when it does not.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="signUp"/> is null.</exception>
    public static DateTimeOffset? CodeUntil(PendingSignUp signUp, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        return signUp is { Phone: not null, SmsConfirmed: false, Pending: { SmsCodeHash: not null, SmsCodeExpiresAt: { } expires } pending }
            && expires > now && pending.SmsCodeAttempts < PendingConfirmations.MaxSmsCodeAttempts ? expires : null;
    }

    private static WaitingSignUp? Waiting(Subscriber subscriber, PendingSignUp signUp, DateTimeOffset now)
    {
        var email = subscriber.Email is null && signUp is { Email: { } address, EmailConfirmed: false } ? address : null;
        var phone = subscriber.Phone is null && signUp is { Phone: { } number, SmsConfirmed: false } ? number : null;
        return email is null && phone is null
            ? null
            : new WaitingSignUp(signUp, email, email is null ? null : LinkUntil(signUp, now), phone, phone is null ? null : CodeUntil(signUp, now));
    }
}
