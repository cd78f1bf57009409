namespace NewsAlerts.Pages.Manage;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// The sentences the preference centre says about where alerts go: one per address or number, by its state, and the
/// hint over the change forms. Each must be true in the state it is shown in (a number that replied STOP is not told
/// that alerts "keep going" to it).
/// </summary>
public static class ContactSentences
{
    /// <summary>What the page says about one address (<see cref="Channel.Email"/>) or number.</summary>
    /// <param name="channel">Email or SMS.</param>
    /// <param name="status">The contact's status (<see cref="ContactStatus.None"/>: none given).</param>
    /// <param name="changePending">Whether a new address or number waits for confirmation to replace (or join) it.</param>
    /// <param name="paused">Whether the subscriber's alerts are paused now.</param>
    /// <param name="stoppedEverything">Whether every given address and number is stopped (they stopped everything).</param>
    /// <param name="suppressed">Whether the contact is on the suppression list (nothing is sent to it whatever its status).</param>
    public static string Of(Channel channel, ContactStatus status, bool changePending, bool paused, bool stoppedEverything, bool suppressed)
    {
        var email = channel == Channel.Email;
        var sentence = status switch
        {
            ContactStatus.None => email ? PageStrings.StatusNoEmail : PageStrings.StatusNoPhone,
            ContactStatus.Pending => PageStrings.StatusPending,
            // A number that replied STOP is told texts are stopped and how START restarts them, even when that left
            // nothing else to send to (phone only): "you unsubscribed" would not say how to get texts again.
            ContactStatus.OptedOut when !email => PageStrings.StatusStopReplied,
            _ when stoppedEverything => PageStrings.StatusStoppedEverything,
            ContactStatus.OptedOut => PageStrings.StatusUnsubscribedEmail,
            ContactStatus.Disabled => email ? PageStrings.StatusBouncedEmail : PageStrings.StatusUndeliverablePhone,
            _ when suppressed => email ? PageStrings.StatusSuppressedEmail : PageStrings.StatusSuppressedPhone,
            _ when paused => PageStrings.StatusPaused,
            _ => changePending ? PageStrings.StatusConfirmedUntilChange : PageStrings.StatusConfirmed,
        };
        return changePending && status != ContactStatus.Confirmed ? $"{sentence} {PageStrings.StatusNewOneAfterConfirming}" : sentence;
    }

    /// <summary>
    /// The hint over the forms adding or changing an address or number: alerts "keep going where they go now" only
    /// when some confirmed contact receives them (<paramref name="receiving"/>) and they are not paused.
    /// </summary>
    public static string ChangeHint(bool receiving, bool paused) =>
        paused ? PageStrings.ChangeContactHintPaused
        : receiving ? PageStrings.ChangeContactHint
        : PageStrings.ChangeContactHintNothingGoes;

    /// <summary>Whether <paramref name="status"/> is a contact alerts go to (confirmed and not suppressed).</summary>
    public static bool Receives(ContactStatus status, bool suppressed) => status == ContactStatus.Confirmed && !suppressed;
}
