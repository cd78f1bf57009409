namespace NewsAlerts.Channels.Confirmation;

using NewsAlerts.Channels.Email;
using NewsAlerts.Channels.Email.Templates;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Words;

/// <summary>
/// Composes the emails about a subscription (the double opt-in link, the manage link once confirmed or asked for, the
/// notice to a replaced address): every word from the email catalog (<see cref="EmailTexts"/>) in the locale's
/// language, every date on its clock (<see cref="MomentWords"/>), the HTML by <see cref="AccountEmailView"/>.
/// </summary>
public static class AccountEmails
{
    /// <summary>The service's name as the emails give it.</summary>
    public const string ServiceName = "NewsAlerts";

    // One renderer for every account email (thread-safe: its dispatcher serialises renders); alive for the process.
    private static readonly RazorTemplates Templates = new();

    /// <summary>The double opt-in email: asks to confirm at <paramref name="confirmationUrl"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task<AccountEmail> ConfirmationAsync(Uri confirmationUrl, MessageLocale locale)
    {
        ArgumentNullException.ThrowIfNull(confirmationUrl);
        ArgumentNullException.ThrowIfNull(locale);
        return ComposeAsync(
            locale, EmailText.ConfirmSubject, [Words(locale, EmailText.ConfirmIntro)], Words(locale, EmailText.ConfirmButton), confirmationUrl,
            [Words(locale, EmailText.ConfirmIgnore)]);
    }

    /// <summary>The manage link sent once a contact is confirmed.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task<AccountEmail> ConfirmedAsync(Uri manageUrl, MessageLocale locale)
    {
        ArgumentNullException.ThrowIfNull(manageUrl);
        ArgumentNullException.ThrowIfNull(locale);
        return ComposeAsync(
            locale, EmailText.ConfirmedSubject, [Words(locale, EmailText.ConfirmedIntro)], Words(locale, EmailText.ConfirmedButton), manageUrl,
            [Words(locale, EmailText.KeepLinkPrivate)]);
    }

    /// <summary>A fresh manage link the person asked for.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task<AccountEmail> LinkRequestedAsync(Uri manageUrl, MessageLocale locale)
    {
        ArgumentNullException.ThrowIfNull(manageUrl);
        ArgumentNullException.ThrowIfNull(locale);
        return ComposeAsync(
            locale, EmailText.LinkSubject, [Words(locale, EmailText.LinkIntro, ServiceName)], Words(locale, EmailText.LinkButton), manageUrl,
            [Words(locale, EmailText.KeepLinkPrivate), Words(locale, EmailText.LinkIgnore)]);
    }

    /// <summary>
    /// The notice to an address a confirmed new one replaced: to what (masked) and when (on the subscriber's clock), with
    /// <paramref name="manageUrl"/> to undo it, saying how long it works (<paramref name="linkLifetime"/>, <see cref="DurationText"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task<AccountEmail> ContactChangedAsync(ContactChangeNotice notice, Uri manageUrl, TimeSpan linkLifetime, MessageLocale locale)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(manageUrl);
        ArgumentNullException.ThrowIfNull(locale);
        var when = MomentWords.Of(notice.ChangedAt, locale.TimeZone, locale.Language);
        return ComposeAsync(
            locale,
            EmailText.ChangedSubject,
            [Words(locale, EmailText.ChangedIntro, ServiceName, LtrText.In(notice.MaskedNewContact, locale.Language), when), Words(locale, EmailText.ChangedUndo, DurationText.Of(linkLifetime, locale.Language))],
            Words(locale, EmailText.ChangedButton),
            manageUrl,
            [Words(locale, EmailText.ChangedNothingToDo)]);
    }

    private static string Words(MessageLocale locale, EmailText key, params object?[] values) => EmailTexts.Of(key, locale.Language, values);

    private static async Task<AccountEmail> ComposeAsync(
        MessageLocale locale, EmailText subjectKey, IReadOnlyList<string> before, string linkText, Uri link, IReadOnlyList<string> after)
    {
        var subject = Words(locale, subjectKey, ServiceName);
        var text = string.Join("\n\n", [.. before, link.AbsoluteUri, .. after]) + "\n";
        var html = await Templates.RenderAsync<AccountEmailView>(new Dictionary<string, object?>
        {
            [nameof(AccountEmailView.Locale)] = locale,
            [nameof(AccountEmailView.Title)] = subject,
            [nameof(AccountEmailView.Before)] = before,
            [nameof(AccountEmailView.LinkText)] = linkText,
            [nameof(AccountEmailView.LinkUrl)] = link.AbsoluteUri,
            [nameof(AccountEmailView.After)] = after,
        });
        return new AccountEmail(subject, PlainTextDirection.Apply(text, locale), html, locale);
    }
}
