namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Suppression;

/// <summary>
/// Only the newest confirmation link sent to an address confirms it (issue 16: an email-only sign-up made again with
/// other choices left the earlier link working, so an old email could still confirm choices the person had since
/// changed). Each link sent for an address, by a sign-up or by "send it again", voids the links of every other sign-up
/// for that address, as <see cref="SignUpsAgain.Voided"/> does for a number's codes. A voided link's page says that a
/// newer one was sent and offers to send the newest sign-up's link again (<see cref="Replacing"/>). Sign-ups of the
/// sign-up form only (<see cref="SignUpIds.IsOfSignUpForm"/>): the manage link's change of address is its own sign-up.
/// </summary>
public static class NewestLinks
{
    /// <summary>
    /// The sign-ups of <paramref name="candidates"/> (stored with <paramref name="email"/>, in any order) other than
    /// <paramref name="kept"/> (the one that just got the newest link; null: none) whose link for
    /// <paramref name="email"/> would still confirm, with that link voided. Their number, if still waiting, keeps its code.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> or <paramref name="email"/> is null.</exception>
    public static IReadOnlyList<PendingSignUp> Voided(IEnumerable<PendingSignUp> candidates, string email, string? kept)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(email);
        return [.. candidates
            .Where(s => s.Id != kept && Holds(s, email))
            .Select(s => s with { Pending = s.Pending with { EmailNonce = null, EmailLinkExpiresAt = null } })];
    }

    /// <summary>
    /// For a link of <paramref name="old"/> refused because it is not the newest (its address still unconfirmed there):
    /// of <paramref name="candidates"/> (sign-ups stored with its address), the one holding the newest link not used or voided for
    /// that address (<paramref name="old"/> itself after "send it again"), by the latest link expiry; null when none
    /// holds one (the newer link was used or has expired). Whoever holds the old link proves control of the address, so
    /// may learn which sign-up to send again.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static PendingSignUp? Replacing(IEnumerable<PendingSignUp> candidates, PendingSignUp old)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(old);
        return old is { Email: { } email, EmailConfirmed: false } && SignUpIds.IsOfSignUpForm(old.Id) && !old.Replaces
            ? candidates.Where(s => Holds(s, email)).OrderByDescending(s => s.Pending.EmailLinkExpiresAt ?? s.CreatedAt).FirstOrDefault()
            : null;
    }

    // A sign-up-form sign-up whose link for the address has been sent and not used or voided.
    private static bool Holds(PendingSignUp s, string email) =>
        s is { Email: { } held, EmailConfirmed: false, Replaces: false, Pending.EmailNonce: not null } && SignUpIds.IsOfSignUpForm(s.Id)
        && ContactKeys.Of(Channel.Email, held) == ContactKeys.Of(Channel.Email, email);
}
