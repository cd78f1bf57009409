namespace NewsAlerts.Functions.Pages;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Confirm;

/// <summary>The confirmation pages other functions show too: the emailed link's button, the SMS code form.</summary>
public sealed class ConfirmPages(PageResponder pages)
{
    /// <summary>The form name of every form on these pages (the form token's subject is the sign-up id).</summary>
    public const string FormName = "confirm";

    /// <summary>
    /// The page of the emailed confirmation link: one button posting the token (never in the form's URL); 404 when
    /// <paramref name="signUpId"/> is not shaped like a sign-up id (<see cref="SignUpIds"/>).
    /// </summary>
    public Task<IActionResult> ConfirmEmailPageAsync(string signUpId, string token) =>
        !SignUpIds.IsWellFormed(signUpId)
            ? pages.MessageAsync(PageStrings.LinkNotValidTitle, PageStrings.LinkNotValidMessage, StatusCodes.Status404NotFound,
                linkTo: new Uri("/signup", UriKind.Relative), linkText: PageStrings.LinkNotValidSignUpAgain)
            : pages.MessageAsync(PageStrings.ConfirmTitle, PageStrings.ConfirmMessage, action: "/confirm", button: PageStrings.ConfirmButton,
                hidden: pages.Hidden(FormName, signUpId, ("signUp", signUpId), ("step", "email"), ("token", token)));

    /// <summary>
    /// The SMS code form of a sign-up, with <paramref name="notices"/> above it and <paramref name="error"/> on the field;
    /// 404 when <paramref name="signUpId"/> is not shaped like a sign-up id (<see cref="SignUpIds"/>). Reached from the
    /// preference centre, its forms carry the <paramref name="manageToken"/> (a hidden field, never a link), so a code
    /// entered again after it worked can say so to that token's holder only.
    /// </summary>
    public Task<IActionResult> CodePageAsync(
        string signUpId, IReadOnlyList<string> notices, string? error, int status = StatusCodes.Status200OK, bool embed = false, string? manageToken = null)
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
            [nameof(CodePage.ResendHidden)] = pages.Hidden(FormName, signUpId, [("signUp", signUpId), ("step", "resend"), .. embedField]),
            [nameof(CodePage.Embed)] = embed,
            // A page sign-up's code page says how to come back to it; the manage link's codes are entered on /manage.
            [nameof(CodePage.ComeBack)] = SignUpIds.IsOfSignUpForm(signUpId),
        }, status, embed);
    }
}
