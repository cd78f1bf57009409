namespace NewsAlerts.Functions.Pages;

using Microsoft.AspNetCore.Http;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Languages;
using NewsAlerts.Pages.Messages;

/// <summary>
/// Where a sign-up form that succeeded sends the browser (Post/Redirect/Get, so Back or a reload never signs up again
/// nor sends a second code): <c>/confirm?signUp={id}&amp;sent=…</c> (the SMS code page) when a number waits for its code,
/// otherwise <c>/signup?sent=email&amp;signUp={id}</c> ("check your email", with "send it again" for that sign-up).
/// <c>sent</c> is <c>sms</c> or <c>both</c> on the code page, <c>notSent=1</c> when some confirmation did not go out,
/// <c>resent=1</c> after "send it again", <c>embed=1</c> inside the embedded sign-up, and always <c>lang</c>. Only fixed words and the sign-up id
/// travel in the URL: never an address, a number or a token.
/// </summary>
public static class SignUpSent
{
    /// <summary>The query field saying what was sent.</summary>
    public const string Field = "sent";

    /// <summary>
    /// The location after a sign-up <paramref name="signUpId"/> whose pending channels are <paramref name="email"/> and
    /// <paramref name="sms"/>, always in the page's <paramref name="language"/> (<c>lang</c>, <see cref="PageLinks"/>):
    /// the browser's own language may not be the one the person chose with the switcher.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="signUpId"/> or <paramref name="language"/> is null.</exception>
    /// <remarks><paramref name="linkKept"/>: a code was sent again alone while the emailed link still confirms (trial r37 #2), said on the code page.</remarks>
    public static string Location(string signUpId, bool email, bool sms, bool notSent, bool embed, string language, bool resent = false, bool linkKept = false)
    {
        ArgumentNullException.ThrowIfNull(signUpId);
        var tail = (notSent ? "&notSent=1" : string.Empty) + (resent ? "&" + Resent + "=1" : string.Empty) + (resent && linkKept ? "&" + Kept + "=link" : string.Empty)
            + (embed ? "&embed=1" : string.Empty);
        return PageLinks.WithLanguage(sms
            ? $"/confirm?signUp={Uri.EscapeDataString(signUpId)}&{Field}={(email ? "both" : "sms")}{tail}"
            : $"/signup?{Field}=email&signUp={Uri.EscapeDataString(signUpId)}{tail}", language);
    }

    /// <summary>The query field saying the confirmations were sent again ("send it again").</summary>
    public const string Resent = "resent";

    /// <summary>The query field (<c>kept=link</c>) saying a new code went alone and the emailed link still works.</summary>
    public const string Kept = "kept";

    /// <summary>The notices above the code page for <paramref name="query"/>'s <c>sent</c>, <c>notSent</c> and <c>confirmed</c>; none for other values.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    public static IReadOnlyList<string> CodePageNotices(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query[ConfirmedLocations.ConfirmedField] == "email")
        {
            // The address was just confirmed (ConfirmedLocations.CodeAfterEmail): the number still waits for its code.
            return [PageStrings.ConfirmedEmailEnterCode];
        }

        var sent = query[Field].ToString();
        if (sent is not ("sms" or "both"))
        {
            return [];
        }

        List<string> notices = query[Resent] == "1" ? [ResentWords.Message(email: sent == "both", sms: true)] : sent == "both" ? [PageStrings.CheckEmailMessage] : [];
        if (query["notSent"] == "1")
        {
            notices.Add(PageStrings.NotSentMessage);
        }

        if (query[Resent] != "1")
        {
            notices.Add(PageStrings.CheckPhoneMessage);
        }
        else if (sent == "sms" && query[Kept] == "link")
        {
            notices.Add(PageStrings.ResentCodeLinkKept);
        }

        return notices;
    }
}
