namespace NewsAlerts.Pages.Manage;

using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;

/// <summary>
/// The notice of a preference-centre form refused because the subscriber changed since the page was opened (409): what
/// changed, when the page's <see cref="ManageSnapshot"/> and the suppression list tell (a STOP text, a one-click
/// unsubscribe, a bounce, a carrier opt-out, stop everything, a confirmation, a pause or resume), then that the page
/// shows things as they are now. The general sentence only when nothing known changed (another tab's topics or settings).
/// </summary>
public static class ChangedElsewhere
{
    /// <summary>The notice for a page rendered at <paramref name="seen"/> (null: unknown) and a subscriber now at <paramref name="now"/>.</summary>
    /// <param name="seen">What the refused form's page showed, or null when the form did not say.</param>
    /// <param name="now">Where alerts go now.</param>
    /// <param name="emailReason">Why the address is suppressed now, or null (not, or unknown).</param>
    /// <param name="phoneReason">Why the number is suppressed now, or null (not, or unknown).</param>
    /// <param name="kept">
    /// How the notice ends when the form keeps what the person typed (<see cref="TypedValues.Sentence"/>); null: the page
    /// shows things as they are now (<see cref="PageStrings.ManageChangedNow"/>).
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="now"/> is null.</exception>
    public static string Notice(ManageSnapshot? seen, ManageSnapshot now, SuppressionReason? emailReason, SuppressionReason? phoneReason, string? kept = null)
    {
        ArgumentNullException.ThrowIfNull(now);
        var reasons = seen is null ? [] : Reasons(seen, now, emailReason, phoneReason);
        return $"{(reasons.Count == 0 ? PageStrings.ManageChangedElsewhere : string.Join(' ', reasons))} {kept ?? PageStrings.ManageChangedNow}";
    }

    private static List<string> Reasons(ManageSnapshot seen, ManageSnapshot now, SuppressionReason? emailReason, SuppressionReason? phoneReason)
    {
        var reasons = new List<string>();
        var emailStopped = !Stopped(seen.Email, seen.EmailSuppressed) && Stopped(now.Email, now.EmailSuppressed);
        var phoneStopped = !Stopped(seen.Sms, seen.PhoneSuppressed) && Stopped(now.Sms, now.PhoneSuppressed);
        if ((emailStopped && emailReason == SuppressionReason.StopEverything) || (phoneStopped && phoneReason == SuppressionReason.StopEverything))
        {
            reasons.Add(PageStrings.ManageChangedStoppedEverything);
        }
        else
        {
            if (emailStopped)
            {
                reasons.Add(emailReason == SuppressionReason.HardBounce || (emailReason is null && now.Email == ContactStatus.Disabled)
                    ? PageStrings.ManageChangedBounced
                    : PageStrings.ManageChangedUnsubscribed);
            }

            if (phoneStopped)
            {
                reasons.Add(phoneReason switch
                {
                    SuppressionReason.ProviderOptOut => PageStrings.ManageChangedCarrierOptOut,
                    null when now.Sms == ContactStatus.Disabled => PageStrings.ManageChangedUndeliverable,
                    _ => PageStrings.ManageChangedStopText,
                });
            }
        }

        if (!Receives(seen.Email, seen.EmailSuppressed) && Receives(now.Email, now.EmailSuppressed))
        {
            reasons.Add(PageStrings.ManageChangedEmailOn);
        }

        if (!Receives(seen.Sms, seen.PhoneSuppressed) && Receives(now.Sms, now.PhoneSuppressed))
        {
            reasons.Add(PageStrings.ManageChangedPhoneOn);
        }

        if (seen.Paused != now.Paused)
        {
            reasons.Add(now.Paused ? PageStrings.ManageChangedPaused : PageStrings.ManageChangedResumed);
        }

        return reasons;
    }

    private static bool Stopped(ContactStatus status, bool suppressed) => status is ContactStatus.OptedOut or ContactStatus.Disabled || (status == ContactStatus.Confirmed && suppressed);

    private static bool Receives(ContactStatus status, bool suppressed) => ContactSentences.Receives(status, suppressed);
}
