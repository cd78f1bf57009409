namespace NewsAlerts.Core.SignUps;

/// <summary>
/// Which subscriber a sign-up's number may join besides the one already holding it (issue 16). The link is pressed from
/// the inbox and the code typed on the sign-up page, so the two may be different people: a number joins the
/// subscriber its sign-up's address joined only when that subscriber was <em>created</em> by this sign-up
/// (<see cref="PendingSignUp.CreatedSubscriberId"/>: the address was new), never one that had the address before; it
/// then joins its own holder or a new subscriber, as when the code is entered before the link. The manage link's
/// sign-ups (a change of contact, a resend to the subscriber's own contacts) are made by the holder of a manage token
/// and join their subscriber as before.
/// </summary>
public static class SignUpJoins
{
    /// <summary>Whether <paramref name="signUp"/>'s number may join <see cref="PendingSignUp.SubscriberId"/> (when that can take it).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="signUp"/> is null.</exception>
    public static bool NumberMayJoinSignUpsSubscriber(PendingSignUp signUp)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        return signUp.Replaces || !SignUpIds.IsOfSignUpForm(signUp.Id)
            || (signUp.SubscriberId is { } joined && signUp.CreatedSubscriberId == joined);
    }
}
