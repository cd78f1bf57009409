namespace NewsAlerts.Core.ManageLinks;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;

/// <summary>
/// Whether a person who lost their manage link (or whose link expired) gets a fresh one at the address they typed. The
/// page answers the same whatever this decides (no one learns whether an address is signed up); this only decides
/// whether a message goes. A manage link is full control of the subscriber, so it goes only to an address that was
/// proven theirs: the subscriber's current address, confirmed, or confirmed once and then stopped (unsubscribed or
/// "stop everything"): a person who stopped may want back in, and the preference centre is where they see what they
/// had and sign up again. Never to an address still waiting for confirmation, to an old address merged away, or to one
/// the mail server refused for good.
/// <para>
/// By text (<see cref="DecideText"/>), for a person with a number only: the same rule for the subscriber's current,
/// confirmed number, but never to a number on the suppression list or opted out (STOP, the carrier's opt-out, "stop
/// everything"): a text to a number that said STOP breaks the promise STOP made, and carriers refuse it (Twilio error
/// 21610). The person behind such a number learns how to come back from the page itself: the answer to every number
/// says "if you replied STOP, text START to us first, then ask again", so it tells a stranger nothing about whether
/// the number is known or stopped, and START (which lifts the suppression and turns their texts back on) followed by
/// a second ask gets them the link.
/// </para>
/// </summary>
public static class ManageLinkRecovery
{
    /// <summary>The decision for <paramref name="address"/> (as typed, any case) and the subscriber it belongs to (null: none).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    public static ManageLinkDecision Decide(Subscriber? subscriber, string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (subscriber?.Email is not { } current || ContactKeys.Of(Channel.Email, current) != ContactKeys.Of(Channel.Email, address))
        {
            return ManageLinkDecision.Unknown;
        }

        return subscriber.EmailStatus switch
        {
            ContactStatus.Confirmed => ManageLinkDecision.Send,

            // Stopping marks an address opted out whether or not it was confirmed; a confirmation still outstanding
            // (an older subscriber's) says it never was.
            ContactStatus.OptedOut => subscriber.Pending?.EmailNonce is null ? ManageLinkDecision.Send : ManageLinkDecision.NotConfirmed,
            ContactStatus.Disabled => ManageLinkDecision.Unreachable,
            _ => ManageLinkDecision.NotConfirmed,
        };
    }

    /// <summary>
    /// The decision for a text to <paramref name="phone"/> (E.164), the subscriber it belongs to (null: none) and whether
    /// the suppression list holds the number (<paramref name="suppressed"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="phone"/> is null.</exception>
    public static ManageLinkDecision DecideText(Subscriber? subscriber, string phone, bool suppressed)
    {
        ArgumentNullException.ThrowIfNull(phone);
        if (subscriber?.Phone is not { } current || ContactKeys.Of(Channel.Sms, current) != ContactKeys.Of(Channel.Sms, phone))
        {
            return ManageLinkDecision.Unknown;
        }

        return subscriber.SmsStatus switch
        {
            _ when suppressed => ManageLinkDecision.Stopped,
            ContactStatus.Confirmed => ManageLinkDecision.Send,
            ContactStatus.OptedOut => ManageLinkDecision.Stopped,
            ContactStatus.Disabled => ManageLinkDecision.Unreachable,
            _ => ManageLinkDecision.NotConfirmed,
        };
    }
}
