namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Subscribers;

/// <summary>
/// A sign-up or a new code naming a number on the suppression list (it replied STOP, its carrier opted it out, or "stop
/// everything" stopped it) goes ahead as for any number, and the number is texted nothing. ARCHITECTURE.md: STOP is
/// honoured at once and is global, so nothing at all goes to the number, not even a code (trial r33 #1: the code was
/// texted anyway and the provider refused it with 21610); only START texted from the phone lifts it
/// (<see cref="SubscriberService.ApplySmsKeywordAsync"/>).
/// <para>
/// The answer does not tell (issue 16, reviewer's medium of stop 33): anyone may type a stranger's number, and a
/// refusal naming the number (the 409 of stop 33) told them it once replied STOP. So the sign-up is stored and its code
/// issued as usual, and the code is withheld, never handed to the sender: the person who holds the phone learns the way
/// back from the code page, which tells everyone "if you ever replied STOP, text START first, then ask for a new code";
/// after START, "send me a new code" texts one. START and a sign-up never meet: START alone confirms nothing.
/// </para>
/// </summary>
public static class StoppedNumbers
{
    /// <summary>
    /// <paramref name="started"/> as it may go out: with its code withheld (<see cref="SignUpStarted.SmsCode"/> null,
    /// <see cref="SignUpStarted.SmsCodeWithheld"/> true) when <paramref name="numberSuppressed"/> (asked of the
    /// suppression list for its number right before sending), else unchanged. The address's link is never withheld:
    /// a suppressed address is new consent once its link is pressed (<see cref="SignUpService.ConfirmEmailAsync"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="started"/> is null.</exception>
    public static SignUpStarted Withheld(SignUpStarted started, bool numberSuppressed)
    {
        ArgumentNullException.ThrowIfNull(started);
        return numberSuppressed && started.SmsCode is not null ? started with { SmsCode = null, SmsCodeWithheld = true } : started;
    }
}
