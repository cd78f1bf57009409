namespace NewsAlerts.Functions.Pages;

using System.Globalization;
using Microsoft.AspNetCore.Http;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Languages;
using NewsAlerts.Pages.Messages;

/// <summary>
/// Where a sign-up form that succeeded sends the browser (Post/Redirect/Get, so Back or a reload never signs up again
/// nor sends a second code): <c>/confirm?signUp={id}&amp;sent=…</c> (the SMS code page) when a number waits for its code,
/// otherwise <c>/signup?sent=email&amp;signUp={id}</c> ("check your email", with "send it again" for that sign-up).
/// <c>sent</c> is <c>sms</c> or <c>both</c> on the code page, <c>notSent=email|sms|both</c> naming the confirmations that
/// did not go out (trial r38 #2: the page names them and their button; nothing retries them),
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
    /// <remarks>
    /// <paramref name="linkKept"/>: a code was sent again alone while the emailed link still confirms (trial r37 #2), said on the code page.
    /// <paramref name="codeKept"/>: the converse, a link was sent again alone while the texted code still works (issue 16), said there too.
    /// <paramref name="notSent"/>: the channels whose confirmation did not go out (<c>email</c>, <c>sms</c>), as <see cref="Subscribers.ConfirmationMessages"/> gives them.
    /// </remarks>
    public static string Location(string signUpId, bool email, bool sms, IReadOnlyCollection<string> notSent, bool embed, string language, bool resent = false, bool linkKept = false, bool codeKept = false)
    {
        ArgumentNullException.ThrowIfNull(signUpId);
        ArgumentNullException.ThrowIfNull(notSent);
        var failed = (notSent.Contains("email"), notSent.Contains("sms")) switch
        {
            (true, true) => "both",
            (true, false) => "email",
            (false, true) => "sms",
            _ => null,
        };
        var tail = (failed is null ? string.Empty : $"&{NotSentField}={failed}") + (resent ? "&" + Resent + "=1" : string.Empty) + (resent && linkKept ? "&" + Kept + "=link" : resent && codeKept ? "&" + Kept + "=code" : string.Empty)
            + (embed ? "&embed=1" : string.Empty);
        return PageLinks.WithLanguage(sms
            ? $"/confirm?signUp={Uri.EscapeDataString(signUpId)}&{Field}={(email ? "both" : "sms")}{tail}"
            : $"/signup?{Field}=email&signUp={Uri.EscapeDataString(signUpId)}{tail}", language);
    }

    /// <summary>The query field naming the confirmations that did not go out: <c>email</c>, <c>sms</c> or <c>both</c>.</summary>
    public const string NotSentField = "notSent";

    /// <summary>
    /// Which confirmations <paramref name="query"/>'s <c>notSent</c> says did not go out. <c>notSent=1</c> (links made
    /// before trial r38) names none of them: <c>Unnamed</c>, said as "some confirmations did not go out".
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    public static (bool Email, bool Sms, bool Unnamed) NotSentOf(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query[NotSentField].ToString() switch
        {
            "both" => (true, true, false),
            "email" => (true, false, false),
            "sms" => (false, true, false),
            "1" => (false, false, true),
            _ => (false, false, false),
        };
    }

    /// <summary>The query field saying the confirmations were sent again ("send it again").</summary>
    public const string Resent = "resent";

    /// <summary>
    /// The query field saying what was not sent again because it still works: <c>kept=link</c>, a new code went alone and
    /// the emailed link still works; <c>kept=code</c>, a new link went alone and the texted code still works.
    /// </summary>
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

        // Trial r38 #2: a confirmation that did not go out is named with the button that sends it now (nothing retries
        // it), and no sentence says it was sent.
        var (emailFailed, smsFailed, unnamed) = NotSentOf(query);
        var resent = query[Resent] == "1";
        var emailWent = sent == "both" && !emailFailed;
        // A repeat that sent only a new link (the code held still works) says so, not "we sent a link and a code".
        var codeKept = resent && sent == "both" && query[Kept] == "code";
        List<string> notices = resent
            ? (emailWent || (!smsFailed && !codeKept) ? [ResentWords.Message(email: emailWent, sms: !smsFailed && !codeKept)] : [])
            : emailWent ? [PageStrings.CheckEmailMessage] : [];
        if (sent == "both" && emailFailed)
        {
            notices.Add(string.Format(CultureInfo.CurrentCulture, PageStrings.EmailLinkNotSent, PageStrings.SendNewLinkButton));
        }

        if (unnamed)
        {
            notices.Add(PageStrings.NotSentMessage);
        }

        if (smsFailed)
        {
            notices.Add(string.Format(CultureInfo.CurrentCulture, PageStrings.SmsCodeNotSent, PageStrings.SendNewCodeButton));
        }
        else if (!resent)
        {
            notices.Add(PageStrings.CheckPhoneMessage);
        }
        else if (sent == "sms" && query[Kept] == "link")
        {
            notices.Add(PageStrings.ResentCodeLinkKept);
        }
        else if (codeKept)
        {
            notices.Add(PageStrings.ResentLinkCodeKept);
        }

        return notices;
    }
}
