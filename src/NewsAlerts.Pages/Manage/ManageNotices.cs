namespace NewsAlerts.Pages.Manage;

using System.Globalization;

/// <summary>
/// What a successful form on the preference centre did, carried by its redirect (<c>GET /manage?token=…&amp;done=</c>,
/// Post/Redirect/Get) so that Back or a reload never posts the form again: the <c>done</c> values and the notice each
/// one shows on top of the page.
/// </summary>
public static class ManageNotices
{
    /// <summary>The query parameter naming what was done.</summary>
    public const string Field = "done";

    /// <summary>Topics or settings saved.</summary>
    public const string Saved = "saved";

    /// <summary>
    /// Settings saved, but a daily cap set or changed counts from now: the alerts sent earlier that day could not be read
    /// to count them (<c>SubscriberOutcome.CapsCountFromNow</c>; trial s44: it was swallowed without a word).
    /// </summary>
    public const string SavedCapsFromNow = "saved-caps-from-now";

    /// <summary>Alerts paused.</summary>
    public const string Paused = "paused";

    /// <summary>Alerts resumed.</summary>
    public const string Resumed = "resumed";

    /// <summary>A confirmation link sent again by email (no number needed one).</summary>
    public const string ResentEmail = "resent";

    /// <summary>A confirmation link sent again by email; the number has stopped our texts, so nothing went to it.</summary>
    public const string ResentEmailNotStoppedPhone = "resent-not-phone";

    /// <summary>Nothing needed sending again.</summary>
    public const string ResentNothing = "nothing";

    /// <summary>Nothing sent again: the only unconfirmed one is a number that has stopped our texts.</summary>
    public const string ResentNothingPhoneStopped = "nothing-phone-stopped";

    /// <summary>A change of address started (link sent).</summary>
    public const string EmailChangeSent = "email-sent";

    /// <summary>A change of address started but its link did not go out yet.</summary>
    public const string EmailChangeNotSent = "email-not-sent";

    /// <summary>A change or addition of number started (code texted; it is entered on the page).</summary>
    public const string PhoneChangeSent = "phone-sent";

    /// <summary>A change or addition of number started but its code did not go out yet.</summary>
    public const string PhoneChangeNotSent = "phone-not-sent";

    /// <summary>Confirmations sent again, a code among them (it is entered on the page).</summary>
    public const string ResentCode = "resent-code";

    /// <summary>A code sent again alone ("Send me a new code"); the emailed link still works (sub16b).</summary>
    public const string ResentCodeLinkKept = "resent-code-link-kept";

    /// <summary>A link sent again alone ("Send the link again"); the texted code still works (sub16b).</summary>
    public const string ResentEmailCodeKept = "resent-code-kept";

    /// <summary>The address or number asked for is theirs already.</summary>
    public const string Unchanged = "unchanged";

    /// <summary>A change of address or number cancelled.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>A number confirmed with the code entered on the page.</summary>
    public const string PhoneConfirmed = "phone-confirmed";

    /// <summary>A code entered again after it confirmed the number (Back, then Confirm).</summary>
    public const string PhoneConfirmedAlready = "phone-confirmed-already";

    /// <summary>
    /// A code asked for alone ("Send me a new code") while the number is confirmed already (its code entered meanwhile) and
    /// something else waits: nothing sent (review s38; it said "This code was used already", the sentence of a code entered again).
    /// </summary>
    public const string CodeNotNeeded = "code-not-needed";

    /// <summary>A link asked for alone ("Send the link again") while the address is confirmed already and only the number waits.</summary>
    public const string EmailConfirmedAlready = "email-confirmed-already";

    /// <summary>
    /// "Start my alerts again": the come-back link went to the subscriber's own stopped address (by the button, or by
    /// typing that address as a change), worded as a return, never as "the new address" (trial r43 #5).
    /// </summary>
    public const string ComeBackSent = "come-back-sent";

    /// <summary>
    /// The <c>done</c> value when a resend sent nothing: a number that replied STOP (<see cref="ResentNothingPhoneStopped"/>);
    /// one channel asked for (<paramref name="only"/>) already confirmed while the other still waits
    /// (<paramref name="otherWaits"/>): that channel named as confirmed, nothing sent (<see cref="CodeNotNeeded"/>,
    /// <see cref="EmailConfirmedAlready"/>), not "every address and number is confirmed" (review of sub16b); otherwise
    /// <see cref="ResentNothing"/>.
    /// </summary>
    /// <param name="only">The channel the button named, or null for the general button.</param>
    /// <param name="phoneStopped">Whether the subscriber's number has stopped our texts.</param>
    /// <param name="otherWaits">Whether a confirmation of some channel still waits.</param>
    public static string OfNothingResent(NewsAlerts.Core.Delivery.Channel? only, bool phoneStopped, bool otherWaits) =>
        phoneStopped ? ResentNothingPhoneStopped
        : otherWaits && only == NewsAlerts.Core.Delivery.Channel.Sms ? CodeNotNeeded
        : otherWaits && only == NewsAlerts.Core.Delivery.Channel.Email ? EmailConfirmedAlready
        : ResentNothing;

    /// <summary>
    /// The <c>done</c> value after confirmations were sent again, from what was sent, not what was asked (a contact
    /// confirmed meanwhile gets nothing, and the page must not claim a send): a code among them
    /// (<see cref="ResentCode"/>), a link only (<see cref="ResentEmail"/>), or nothing (<see cref="ResentNothing"/>);
    /// when <paramref name="phoneStopped"/> (the number replied STOP), the words say nothing went to it.
    /// </summary>
    /// <param name="emailSent">Whether a fresh confirmation link was issued for the address.</param>
    /// <param name="codeSent">Whether a fresh code was issued for the number.</param>
    /// <param name="phoneStopped">Whether the subscriber's number has stopped our texts.</param>
    public static string OfResend(bool emailSent, bool codeSent, bool phoneStopped = false) =>
        OfResend(emailSent, codeSent, phoneStopped, otherStillWorks: false);

    /// <summary>
    /// As <see cref="OfResend(bool, bool, bool)"/>; with <paramref name="otherStillWorks"/>, one channel was sent again
    /// alone and the other's link or code still works, which the notice says (sub16b).
    /// </summary>
    public static string OfResend(bool emailSent, bool codeSent, bool phoneStopped, bool otherStillWorks) =>
        otherStillWorks && codeSent && !emailSent ? ResentCodeLinkKept
        : otherStillWorks && emailSent && !codeSent ? ResentEmailCodeKept
        : codeSent ? ResentCode
        : emailSent ? (phoneStopped ? ResentEmailNotStoppedPhone : ResentEmail)
        : phoneStopped ? ResentNothingPhoneStopped : ResentNothing;

    /// <summary>
    /// The notice for a <c>done</c> value, or null for none or an unknown one (a hand-edited link shows the page without
    /// a notice rather than an error).
    /// </summary>
    /// <param name="done">The <c>done</c> query value, or null.</param>
    public static string? Of(string? done) => done switch
    {
        Saved => PageStrings.Saved,
        SavedCapsFromNow => $"{PageStrings.Saved} {PageStrings.CapsCountFromNow}",
        Paused => PageStrings.PausedNotice,
        Resumed => PageStrings.ResumedNotice,
        ResentEmail => PageStrings.ResendSentEmail,
        ResentEmailNotStoppedPhone => $"{PageStrings.ResendSentEmail} {PageStrings.ResendNotToStoppedPhone}",
        ResentNothing => PageStrings.ResendNothing,
        ResentNothingPhoneStopped => PageStrings.ResendNotToStoppedPhone,
        EmailChangeSent => PageStrings.ChangeEmailSent,
        // Trial r38 #2: not "we have sent": what did not go out, and the button that sends it now (nothing retries it).
        EmailChangeNotSent => string.Format(CultureInfo.CurrentCulture, PageStrings.ChangeEmailNotSent, PageStrings.ChangeSendLinkAgainButton),
        PhoneChangeSent => PageStrings.ChangePhoneSent,
        PhoneChangeNotSent => string.Format(CultureInfo.CurrentCulture, PageStrings.ChangePhoneNotSent, PageStrings.SendNewCodeButton),
        ResentCode => $"{PageStrings.ResendSent} {PageStrings.CheckPhoneMessage}",
        ResentCodeLinkKept => $"{PageStrings.ResendSent} {PageStrings.CheckPhoneMessage} {PageStrings.ResentCodeLinkKept}",
        ResentEmailCodeKept => $"{PageStrings.ResendSentEmail} {PageStrings.ResentLinkCodeKept}",
        Unchanged => PageStrings.ChangeUnchanged,
        Cancelled => PageStrings.ChangeCancelled,
        PhoneConfirmed => PageStrings.PhoneConfirmedNotice,
        PhoneConfirmedAlready => PageStrings.AlreadyConfirmedSmsManagedMessage,
        EmailConfirmedAlready => PageStrings.ResendEmailConfirmedAlready,
        CodeNotNeeded => PageStrings.ResendPhoneConfirmedAlready,
        ComeBackSent => PageStrings.ComeBackSentNotice,
        _ => null,
    };
}
