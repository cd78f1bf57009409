namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Validation;

/// <summary>
/// A sign-up naming a number on the suppression list (it replied STOP, its carrier opted it out, or "stop everything"
/// stopped it) is refused before anything is stored or sent (trial r33 #1: the code was texted anyway, the provider
/// refused it with 21610, and the page said "we have texted you a code"). ARCHITECTURE.md: STOP is honoured at once and
/// is global, so nothing at all goes to the number, not even a code; only START texted from the phone lifts it
/// (<see cref="SubscriberService.ApplySmsKeywordAsync"/>), as for a change of number from the manage link
/// (<see cref="ContactChanges.NumberStoppedReason"/>).
/// <para>
/// START and a sign-up never meet: no sign-up is kept waiting for a START. Anyone may type a person's number, so START
/// (which proves the phone, not that its holder chose these topics) lifts the suppression and brings back what the
/// number's subscriber had; the topics of this form come only by signing up again after START, with a code, as any new
/// consent does (double opt-in per channel). An address on the suppression list (unsubscribed) is not refused: a new
/// sign-up by email is new consent, proven by pressing its link, which lifts the suppression
/// (<see cref="SignUpService.ConfirmEmailAsync"/>).
/// </para>
/// </summary>
public static class StoppedNumbers
{
    /// <summary>The reason for the API's field error on <c>phone</c> (409).</summary>
    public const string Reason =
        "this number replied STOP to our texts (or its carrier opted it out), so we send it nothing, not even a code; text START to us from that phone, then sign up again (or sign up without the number)";

    /// <summary>
    /// The refusal of <paramref name="request"/> (a field error naming <c>phone</c>) when its number is suppressed
    /// (<paramref name="numberSuppressed"/>, asked of the suppression list), or null when it may go ahead. The
    /// suppression of its address never refuses it (see the type).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public static FieldError? Refusal(SubscriberRequest request, bool numberSuppressed)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Phone is not null && numberSuppressed ? new FieldError("phone", Reason) : null;
    }
}
