namespace NewsAlerts.Pages.Messages;

using System.Globalization;
using NewsAlerts.Core.RateLimits;

/// <summary>
/// The one place a rate limit's refusal becomes words on a page (sign-up, code page, resend, <c>/manage</c>,
/// <c>/manage/link</c>), by which limit (<see cref="SignUpLimits"/>) refused it. Only a per-client limit says the
/// requests "came from here" (<see cref="WaitWords.Message"/>); trial r35 #5: the per-number-prefix limit, which
/// strangers' sign-ups fill, blamed the person's connection. Each message ends with the wait (<see cref="WaitWords.Of"/>).
/// </summary>
public static class LimitWords
{
    /// <summary>
    /// The message for a refusal of <paramref name="action"/> by <paramref name="limit"/> with a wait of
    /// <paramref name="retryAfterSeconds"/> seconds: what was not done (<see cref="NotDone"/>), then why and the wait.
    /// </summary>
    /// <param name="limit">A <see cref="SignUpLimits"/> name, or null (unknown: told as a per-client limit).</param>
    /// <param name="retryAfterSeconds">The <c>Retry-After</c> of the refusal, in seconds.</param>
    /// <param name="action">What the person asked for that was refused.</param>
    public static string Message(string? limit, int retryAfterSeconds, ClientAction action) =>
        $"{NotDone(action)} {Message(limit, retryAfterSeconds)}";

    /// <summary>
    /// What a refused <paramref name="action"/> did not do, as a sentence: "Nothing was confirmed." for a confirmation,
    /// "No new link or code was sent." for a resend (trial s40 #4: a refused confirmation said nothing was sent).
    /// </summary>
    public static string NotDone(ClientAction action) => action switch
    {
        ClientAction.SignUp => PageStrings.RefusedSignUp,
        ClientAction.Resend => PageStrings.RefusedResend,
        ClientAction.ManageLink => PageStrings.RefusedManageLink,
        ClientAction.ContactChange => PageStrings.RefusedContactChange,
        ClientAction.Confirm => PageStrings.RefusedConfirm,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "not a client action"),
    };

    /// <summary>The message for a refusal by <paramref name="limit"/> with a wait of <paramref name="retryAfterSeconds"/> seconds, when what was refused is not known.</summary>
    /// <param name="limit">A <see cref="SignUpLimits"/> name, or null (unknown: told as a per-client limit).</param>
    /// <param name="retryAfterSeconds">The <c>Retry-After</c> of the refusal, in seconds.</param>
    public static string Message(string? limit, int retryAfterSeconds)
    {
        var template = limit switch
        {
            SignUpLimits.Contact => PageStrings.LimitContactWait,
            SignUpLimits.Prefix => PageStrings.LimitPrefixWait,
            SignUpLimits.SmsBudget => PageStrings.LimitSmsBudgetWait,
            SignUpLimits.Contention or SignUpLimits.Unavailable => PageStrings.LimitBusyWait,
            _ => PageStrings.TooManyWaitMessage,
        };
        return string.Format(CultureInfo.CurrentCulture, template, WaitWords.Of(retryAfterSeconds));
    }
}
