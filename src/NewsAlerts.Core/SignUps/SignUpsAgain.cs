namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Suppression;

/// <summary>
/// Signing up again with a number whose sign-up still waits for its code (the person closed the code page): the
/// way back to entering a code. The new sign-up continues that one (same id, a fresh code that voids the old) rather
/// than starting a second, so one number has one code that works. The rate limits are taken before, as for any
/// sign-up, so this sends no more texts than signing up again always could.
/// </summary>
public static class SignUpsAgain
{
    /// <summary>
    /// Of <paramref name="candidates"/> (sign-ups stored with <paramref name="phone"/>, in any order), the one a new
    /// sign-up with <paramref name="phone"/> and <paramref name="email"/> (null: none) continues: the newest page
    /// sign-up (<c>u</c> id; the manage link's own sign-ups are left alone) whose number is still not confirmed, and
    /// whose address is exactly the new one's: both none, or the same as <see cref="ContactKeys"/> compares addresses.
    /// Null when none fits: the new sign-up starts afresh. An address is never added to, nor taken from, a waiting
    /// sign-up by a request nobody authenticated: otherwise anyone could attach their own address to a stranger's
    /// waiting number and, once the stranger entered the code, hold a manage link for that number.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> or <paramref name="phone"/> is null.</exception>
    public static PendingSignUp? Continued(IEnumerable<PendingSignUp> candidates, string phone, string? email)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(phone);
        return candidates
            .Where(s => IsWaiting(s, phone) && SameAddress(s.Email, email))
            .OrderByDescending(s => s.CreatedAt)
            .FirstOrDefault();
    }

    /// <summary>
    /// The other sign-ups of <paramref name="candidates"/> whose code for <paramref name="phone"/> would still be held
    /// once <paramref name="kept"/> (null: a new one) has the number's fresh code, with that code voided: one number,
    /// one code that works. Their address, if still waiting, keeps its link.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> or <paramref name="phone"/> is null.</exception>
    public static IReadOnlyList<PendingSignUp> Voided(IEnumerable<PendingSignUp> candidates, string phone, string? kept)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(phone);
        return [.. candidates
            .Where(s => s.Id != kept && IsWaiting(s, phone) && s.Pending.SmsCodeHash is not null)
            .Select(s => s with
            {
                // Remembered (SupersededCodes): after this sign-up's own new code, the voided one still reads as replaced.
                Pending = s.Pending with
                {
                    SmsCodeHash = null, SmsCodeExpiresAt = null, SmsCodeAttempts = 0,
                    SupersededSmsCodeHashes = SupersededCodes.With(s.Pending.SupersededSmsCodeHashes, s.Pending.SmsCodeHash),
                },
            })];
    }

    /// <summary>
    /// Whether <paramref name="signUp"/>'s code was voided by <see cref="Voided"/>: a sign-up of the sign-up form whose
    /// number waits (not confirmed, not a change of number) with no code held. Every other way a code ends leaves a mark
    /// of its own (confirmed; expired or tried out keep their hash), so this is the newer code's doing.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="signUp"/> is null.</exception>
    public static bool IsVoided(PendingSignUp signUp)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        return signUp is { Phone: { } phone, Pending.SmsCodeHash: null } && IsWaiting(signUp, phone);
    }

    private static bool SameAddress(string? waiting, string? requested) =>
        waiting is null || requested is null
            ? waiting is null && requested is null
            : ContactKeys.Of(Channel.Email, waiting) == ContactKeys.Of(Channel.Email, requested);

    private static bool IsWaiting(PendingSignUp signUp, string phone) =>
        signUp is { Phone: { } number, SmsConfirmed: false, Replaces: false } && SignUpIds.IsOfSignUpForm(signUp.Id)
        && ContactKeys.Of(Channel.Sms, number) == ContactKeys.Of(Channel.Sms, phone);
}
