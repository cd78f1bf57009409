namespace NewsAlerts.Pages.Manage;

using NewsAlerts.Core.Subscribers;

/// <summary>
/// The one way back the preference centre offers someone who receives nothing any more (trial r33 #5: a phone-only
/// subscriber after STOP was told both "text START" and "sign up again", and signing up again with a stopped number
/// texts it nothing, <c>Core.SignUps.StoppedNumbers</c>). A number that stopped us comes back only by START from that
/// phone (ARCHITECTURE.md: STOP is honoured until the person lifts it), which brings back the topics and settings it
/// had; an address comes back by "Start my alerts again" (the manage resend, a come-back confirmed by its link: new
/// consent), which keeps the topics and settings, never a blank sign-up form (trial r43 #5).
/// </summary>
public static class WaysBack
{
    /// <summary>
    /// The sentence of the "you have unsubscribed" section and whether it offers "Start my alerts again" (the address
    /// confirmed again, topics and settings kept), for a subscriber with an address (<paramref name="hasEmail"/>) and/or
    /// a number (<paramref name="hasPhone"/>), both stopped: START only for a number alone; "Start my alerts again" (and
    /// START for texts) otherwise.
    /// </summary>
    public static (string Message, bool ComeBack) For(bool hasEmail, bool hasPhone) => (hasEmail, hasPhone) switch
    {
        (false, true) => (PageStrings.UnsubscribedByTextMessage, false),
        (true, true) => (PageStrings.ComeBackStateWithTextMessage, true),
        _ => (PageStrings.ComeBackStateMessage, true),
    };

    /// <summary>As <see cref="For(bool, bool)"/> for <paramref name="subscriber"/>'s contacts.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriber"/> is null.</exception>
    public static (string Message, bool ComeBack) For(Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return For(subscriber.Email is not null, subscriber.Phone is not null);
    }
}
