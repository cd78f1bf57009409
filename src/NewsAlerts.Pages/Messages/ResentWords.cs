namespace NewsAlerts.Pages.Messages;

/// <summary>
/// The notice after "Send me a new code" / "Send it again", worded by the channels the sign-up waits on: a code only
/// (a phone-only sign-up), a link only (email only) or both (trial r35 #6: a phone-only code page said "a new link (and
/// a new code, for a phone number)").
/// </summary>
public static class ResentWords
{
    /// <summary>The notice for a sign-up waiting on <paramref name="email"/> (a link) and/or <paramref name="sms"/> (a code).</summary>
    public static string Message(bool email, bool sms) => (email, sms) switch
    {
        (true, true) => PageStrings.ResentLinkAndCodeMessage,
        (false, true) => PageStrings.ResentCodeMessage,
        _ => PageStrings.ResentLinkMessage,
    };
}
