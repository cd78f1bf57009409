namespace NewsAlerts.Functions.Pages;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Confirm;
using NewsAlerts.Pages.SignUp;
using NewsAlerts.Pages.Topics;

/// <summary>
/// The confirmation pages other functions show too: the emailed link's button, the SMS code form. Every code form says,
/// for everyone, how a number that replied STOP gets its code (START first, then a new code): it is texted nothing
/// until then, and no page tells anyone which numbers those are (<see cref="StoppedNumbers"/>).
/// </summary>
public sealed class ConfirmPages(PageResponder pages, IOptions<TwilioOptions> twilio)
{
    /// <summary>The form name of every form on these pages (the form token's subject is the sign-up id).</summary>
    public const string FormName = "confirm";

    /// <summary>The form name of the code form keyed by number (<see cref="NumberCodePageAsync"/>); its subject is <see cref="NumberSubject"/>.</summary>
    public const string NumberFormName = "confirm-number";

    /// <summary>The form token subject of the code form for <paramref name="phone"/> and <paramref name="email"/> (null: none).</summary>
    public static string NumberSubject(string phone, string? email) => phone + " " + (email ?? string.Empty);

    /// <summary>
    /// The page of the emailed confirmation link: one button posting the token (never in the form's URL); 404 when
    /// <paramref name="signUpId"/> is not shaped like a sign-up id (<see cref="SignUpIds"/>).
    /// </summary>
    /// The manage link's sign-ups (a change of address, or the subscriber's own address sent again) are worded as the
    /// address of an existing subscription (trial r37 #15), told by the id's shape alone, so the page tells nothing of state;
    /// with <paramref name="comesBack"/> (a valid link of <see cref="PendingSignUp.ComesBack"/>'s sign-up: the subscriber's own
    /// address, asked for again) as the alerts starting again, not as a change of address (session 42).
    public Task<IActionResult> ConfirmEmailPageAsync(string signUpId, string token, bool comesBack = false) =>
        !SignUpIds.IsWellFormed(signUpId)
            ? pages.MessageAsync(PageStrings.LinkNotValidTitle, PageStrings.LinkNotValidMessage, StatusCodes.Status404NotFound,
                linkTo: new Uri("/signup", UriKind.Relative), linkText: PageStrings.LinkNotValidSignUpAgain)
            : pages.MessageAsync(
                !SignUpIds.IsOfManageLink(signUpId) ? PageStrings.ConfirmTitle : comesBack ? PageStrings.ComeBackConfirmTitle : PageStrings.AddressConfirmTitle,
                !SignUpIds.IsOfManageLink(signUpId) ? PageStrings.ConfirmMessage : comesBack ? PageStrings.ComeBackConfirmMessage : PageStrings.AddressConfirmMessage,
                action: "/confirm", button: PageStrings.ConfirmButton,
                hidden: pages.Hidden(FormName, signUpId, ("signUp", signUpId), ("step", "email"), ("token", token)));

    /// <summary>
    /// The page of an emailed link as <see cref="SignUpService.LinkAddsTopicsAsync"/> found it (issue 16): with
    /// <paramref name="adds"/> (only for a valid current link of an address confirmed already) "Add these topics to your
    /// alerts?", the topics and one button posting the token as <see cref="ConfirmEmailPageAsync"/> does (link scanners
    /// add nothing); with null, <see cref="ConfirmEmailPageAsync"/>'s page, the same for every other link. With none
    /// (all followed meanwhile) "You already follow these topics", listing <paramref name="asked"/>, with no button.
    /// <paramref name="comesBack"/>: as for <see cref="ConfirmEmailPageAsync"/>.
    /// </summary>
    public Task<IActionResult> EmailLinkPageAsync(
        string signUpId, string token, IReadOnlyList<Core.Subscribers.Topic>? adds, IReadOnlyList<Core.Subscribers.Topic> asked, bool comesBack = false) =>
        adds is null || !SignUpIds.IsWellFormed(signUpId)
            ? ConfirmEmailPageAsync(signUpId, token, comesBack)
            : adds.Count == 0
            ? pages.MessageAsync(PageStrings.AlreadyFollowingTitle, PageStrings.AlreadyFollowingMessage, detail: TopicsOf(asked))
            : pages.MessageAsync(PageStrings.AddTopicsTitle, PageStrings.AddTopicsMessage, action: "/confirm", button: PageStrings.AddTopicsButton,
                hidden: pages.Hidden(FormName, signUpId, ("signUp", signUpId), ("step", "email"), ("token", token)), detail: TopicsOf(adds));

    /// <summary>Topics as a page lists them: each quoted in the page's language (<see cref="TopicNotes.Quoted"/>); null for none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="topics"/> is null.</exception>
    public static string? TopicsOf(IReadOnlyList<Core.Subscribers.Topic> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        return topics.Count == 0 ? null : TopicNotes.Quoted([.. topics.Select(t => t.Text)]);
    }

    /// <summary>
    /// The SMS code form of a sign-up, with <paramref name="notices"/> above it and <paramref name="error"/> on the field;
    /// 404 when <paramref name="signUpId"/> is not shaped like a sign-up id (<see cref="SignUpIds"/>). Reached from the
    /// preference centre, its forms carry the <paramref name="manageToken"/> (a hidden field, never a link), so a code
    /// entered again after it worked can say so to that token's holder only. With <paramref name="linkResend"/> (the
    /// sign-up's emailed link did not go out) it also has "Send me a new link", which sends the link only. With
    /// <paramref name="resendHeld"/> (a resend refused by a limit that still holds, its wait in <paramref name="notices"/>)
    /// it has no "Send me a new code" and no advice to press it (trial s45 #5: the 429 page offered the refused button).
    /// </summary>
    public Task<IActionResult> CodePageAsync(
        string signUpId, IReadOnlyList<string> notices, string? error, int status = StatusCodes.Status200OK, bool embed = false, string? manageToken = null, bool linkResend = false,
        bool resendHeld = false)
    {
        if (!SignUpIds.IsWellFormed(signUpId))
        {
            return pages.MessageAsync(PageStrings.NotFoundTitle, PageStrings.NotFoundMessage, StatusCodes.Status404NotFound, embed: embed,
                linkTo: new Uri("/signup", UriKind.Relative), linkText: PageStrings.NotFoundLink);
        }

        (string, string)[] embedField = [.. embed ? [("embed", "1")] : Array.Empty<(string, string)>(), .. manageToken is { Length: > 0 } ? [("token", manageToken)] : Array.Empty<(string, string)>()];
        return pages.RenderAsync<CodePage>(new Dictionary<string, object?>
        {
            [nameof(CodePage.Notices)] = notices,
            [nameof(CodePage.Error)] = error,
            [nameof(CodePage.CodeHidden)] = pages.Hidden(FormName, signUpId, [("signUp", signUpId), ("step", "code"), .. embedField]),
            // "Send me a new code" sends a code only: the emailed link keeps working (trial r37 #2).
            [nameof(CodePage.ResendHidden)] = resendHeld ? [] : pages.Hidden(FormName, signUpId, [("signUp", signUpId), ("step", "resend"), ResendChannel.Code, .. embedField]),
            // Trial r38 #2: an emailed link that did not go out gets its own button here, which sends a link only.
            [nameof(CodePage.LinkResendHidden)] = linkResend ? pages.Hidden(FormName, signUpId, [("signUp", signUpId), ("step", "resend"), ResendChannel.Link, .. embedField]) : [],
            [nameof(CodePage.Embed)] = embed,
            // A page sign-up's code page says how to come back to it; the manage link's codes are entered on /manage.
            [nameof(CodePage.ComeBack)] = !SignUpIds.IsOfManageLink(signUpId),
            [nameof(CodePage.StartHint)] = StoppedNumberWords.CodeHint(OurNumber.Of(twilio.Value)),
        }, status, embed);
    }

    /// <summary>
    /// The code form keyed by the number and address a sign-up was made with, not by a sign-up: the page a sign-up
    /// refused by the per-contact limit shows, where a code already held can still be entered. It is the same page
    /// whether or not a sign-up waits for that number (no lookup, no sign-up id, no resend button), so it tells a
    /// stranger nothing the refusal did not; the code posted is tried against the waiting sign-up, if any, only then.
    /// It also offers a link to the preferences (<c>/manage/link</c>) for a person whose last code was already used.
    /// </summary>
    public Task<IActionResult> NumberCodePageAsync(
        string phone, string? email, IReadOnlyList<string> notices, string? error, int status, bool embed)
    {
        ArgumentNullException.ThrowIfNull(phone);
        (string, string)[] fields = [("phone", phone), .. email is null ? [] : new[] { ("email", email) }, ("step", "number-code"), .. embed ? [("embed", "1")] : Array.Empty<(string, string)>()];
        return pages.RenderAsync<CodePage>(new Dictionary<string, object?>
        {
            [nameof(CodePage.Notices)] = notices,
            [nameof(CodePage.Error)] = error,
            [nameof(CodePage.CodeHidden)] = pages.Hidden(NumberFormName, NumberSubject(phone, email), fields),
            [nameof(CodePage.ResendHidden)] = Array.Empty<KeyValuePair<string, string>>(),
            [nameof(CodePage.Embed)] = embed,
            // The last code may be one already used (the number confirmed): then the way on is a link to the preferences,
            // not this form again (trial r33 #4), said alike whether or not anything waits.
            [nameof(CodePage.ManageLink)] = true,
            [nameof(CodePage.StartHint)] = StoppedNumberWords.CodeHint(OurNumber.Of(twilio.Value)),
        }, status, embed);
    }
}
