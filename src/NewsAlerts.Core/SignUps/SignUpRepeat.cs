namespace NewsAlerts.Core.SignUps;

/// <summary>
/// A sign-up form sent again for the contacts of <paramref name="Waiting"/> (<see cref="SignUpRepeats.Of"/>), decided per
/// channel (trial s42 A): a link or code that still works is kept and nothing is sent for it; one spent, expired,
/// voided by a newer one or never sent is owed anew. The same choices decide nothing here: only a form with the waiting
/// sign-up's choices is a repeat at all (<see cref="SignUpRepeats.SameChoices"/>).
/// </summary>
/// <param name="Waiting">The waiting sign-up the form repeats.</param>
/// <param name="SendsLink">Whether its address waits with no link that works: a new link is emailed.</param>
/// <param name="SendsCode">Whether its number waits with no code that works: a new code is texted.</param>
public sealed record SignUpRepeat(PendingSignUp Waiting, bool SendsLink, bool SendsCode)
{
    /// <summary>Whether everything sent before still works: nothing is stored or sent, and no contact's allowance is spent.</summary>
    public bool SendsNothing => !SendsLink && !SendsCode;
}
