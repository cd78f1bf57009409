namespace NewsAlerts.Pages.Manage;

/// <summary>
/// The preference centre's hints about delivery (quiet hours, caps, pause, stop everything), naming only the channels
/// the person has (issue 16: a person with a number only was told about emails and digests). Which channels count is
/// <see cref="SettingsChannels"/>'s rule (a stopped contact does not; one waiting or disabled does). With both, or
/// neither, the hints name both channels.
/// </summary>
public static class DeliveryHints
{
    /// <summary>Over quiet hours: texts wait; emails are not held (said only to someone who has an address).</summary>
    public static string Quiet(bool hasEmail, bool hasPhone) => PhoneOnly(hasEmail, hasPhone) ? PageStrings.QuietHintTextsOnly : PageStrings.QuietHint;

    /// <summary>Over the daily caps: extra emails go into a digest, extra texts are not sent.</summary>
    public static string Caps(bool hasEmail, bool hasPhone) =>
        PhoneOnly(hasEmail, hasPhone) ? PageStrings.CapsHintTextsOnly : EmailOnly(hasEmail, hasPhone) ? PageStrings.CapsHintEmailOnly : PageStrings.CapsHint;

    /// <summary>Over pausing: nothing is sent (digests, which are emails, included).</summary>
    public static string Pause(bool hasEmail, bool hasPhone) => PhoneOnly(hasEmail, hasPhone) ? PageStrings.PauseHintTextsOnly : PageStrings.PauseHint;

    /// <summary>Over "stop all alerts": what it stops.</summary>
    public static string Stop(bool hasEmail, bool hasPhone) =>
        PhoneOnly(hasEmail, hasPhone) ? PageStrings.StopHintTextsOnly : EmailOnly(hasEmail, hasPhone) ? PageStrings.StopHintEmailOnly : PageStrings.StopHint;

    private static bool PhoneOnly(bool hasEmail, bool hasPhone) => hasPhone && !hasEmail;

    private static bool EmailOnly(bool hasEmail, bool hasPhone) => hasEmail && !hasPhone;
}
