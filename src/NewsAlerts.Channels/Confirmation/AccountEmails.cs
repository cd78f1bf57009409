namespace NewsAlerts.Channels.Confirmation;

using NewsAlerts.Channels.Email;
using NewsAlerts.Channels.Email.Templates;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Words;

/// <summary>
/// Composes the emails about a subscription (the double opt-in link, the manage link once confirmed or asked for, the
/// notice to a replaced address, the change to an address already confirmed): every word from the email catalog (<see cref="EmailTexts"/>) in the locale's
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

    /// <summary>
    /// The email confirming a change of address made in the preference centre (trial r37 #15: it was the sign-up's
    /// wording): asks to confirm at <paramref name="confirmationUrl"/> that the alerts of an existing subscription come to
    /// this address, whose topics and settings stay; not asked for, the alerts keep going to the current address.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task<AccountEmail> AddressChangeAsync(Uri confirmationUrl, MessageLocale locale) =>
        SubscriptionLinkAsync(confirmationUrl, locale, EmailText.AddressChangeSubject, EmailText.AddressChangeIntro, EmailText.AddressChangeButton, EmailText.AddressChangeIgnore);

    /// <summary>
    /// The link confirming the subscriber's own address again from the preferences (one that gets nothing now: stopped,
    /// bounced or never confirmed), worded as coming back, never as a change to a new address (trial r41 #10).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task<AccountEmail> ComeBackAsync(Uri confirmationUrl, MessageLocale locale) =>
        SubscriptionLinkAsync(confirmationUrl, locale, EmailText.ComeBackSubject, EmailText.ComeBackIntro, EmailText.ComeBackButton, EmailText.ComeBackIgnore);

    // A link about an existing subscription's address: its intro names the service, one button, one line on ignoring it.
    private static Task<AccountEmail> SubscriptionLinkAsync(Uri confirmationUrl, MessageLocale locale, EmailText subject, EmailText intro, EmailText button, EmailText ignore)
    {
        ArgumentNullException.ThrowIfNull(confirmationUrl);
        ArgumentNullException.ThrowIfNull(locale);
        return ComposeAsync(locale, subject, [Words(locale, intro, ServiceName)], Words(locale, button), confirmationUrl, [Words(locale, ignore)]);
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

    /// <summary>
    /// The email to an address already confirmed that signed up again (issue 16), worded as a change: with
    /// <paramref name="addUrl"/>, "you already get NewsAlerts here; you asked to add" <paramref name="topics"/>, an
    /// "Add these topics" button and "or manage your alerts" (<paramref name="manageUrl"/>); without it, "you already
    /// follow these" and the manage link as the button. Both say that nothing changes unless they press, and only when
    /// <paramref name="notes"/> say so (null: both; trial r36 #5) which choices of the sign-up were not applied (named
    /// exactly, sub16b) (changed in the preference centre) and that texts need a number added there.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="topics"/>, <paramref name="manageUrl"/> or <paramref name="locale"/> is null.</exception>
    public static Task<AccountEmail> TopicsChangeAsync(IReadOnlyList<string> topics, Uri? addUrl, Uri manageUrl, MessageLocale locale, TopicsChangeNotes? notes = null)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(manageUrl);
        ArgumentNullException.ThrowIfNull(locale);
        notes ??= TopicsChangeNotes.Both;
        IReadOnlyList<string> sideNotes =
        [
            .. notes.SettingsNotApplied ? [Words(locale, EmailText.ChangeSettingsNamed, string.Join(Words(locale, EmailText.ChoiceSeparator), notes.NotApplied.Select(c => Words(locale, ChoiceText(c)))))] : Array.Empty<string>(),
            .. notes.NoNumber ? [Words(locale, EmailText.ChangeAddNumber)] : Array.Empty<string>(),
        ];
        return addUrl is null
            ? ComposeAsync(
                locale, EmailText.FollowingSubject, [Words(locale, EmailText.FollowingIntro, ServiceName)], Words(locale, EmailText.FollowingButton), manageUrl,
                [.. sideNotes, Words(locale, EmailText.KeepLinkPrivate), Words(locale, EmailText.LinkIgnore)], topics)
            : ComposeAsync(
                locale, EmailText.ChangeSubject, [Words(locale, EmailText.ChangeIntro, ServiceName)], Words(locale, EmailText.ChangeButton), addUrl,
                [Words(locale, EmailText.ChangeNothingUnlessPressed), .. sideNotes, Words(locale, EmailText.KeepLinkPrivate), Words(locale, EmailText.LinkIgnore)],
                topics, (Words(locale, EmailText.ChangeManage), manageUrl));
    }

    // The catalog key naming a choice (EmailText.Choice*).
    private static EmailText ChoiceText(SignUpChoice choice) => Enum.Parse<EmailText>("Choice" + choice);

    private static string Words(MessageLocale locale, EmailText key, params object?[] values) => EmailTexts.Of(key, locale.Language, values);

    private static async Task<AccountEmail> ComposeAsync(
        MessageLocale locale, EmailText subjectKey, IReadOnlyList<string> before, string linkText, Uri link, IReadOnlyList<string> after,
        IReadOnlyList<string>? items = null, (string Text, Uri Url)? other = null)
    {
        var subject = Words(locale, subjectKey, ServiceName);
        // The items one a line, each isolated so a topic in another direction keeps its own (as the HTML's bdi does).
        IReadOnlyList<string> listed = items is { Count: > 0 } ? [string.Join("\n", items.Select(i => "- " + TypedText.Isolate(i)))] : [];
        IReadOnlyList<string> otherLine = other is { } o ? [o.Text + "\n" + o.Url.AbsoluteUri] : [];
        var text = string.Join("\n\n", [.. before, .. listed, link.AbsoluteUri, .. otherLine, .. after]) + "\n";
        var html = await Templates.RenderAsync<AccountEmailView>(new Dictionary<string, object?>
        {
            [nameof(AccountEmailView.Locale)] = locale,
            [nameof(AccountEmailView.Title)] = subject,
            [nameof(AccountEmailView.Before)] = before,
            [nameof(AccountEmailView.LinkText)] = linkText,
            [nameof(AccountEmailView.LinkUrl)] = link.AbsoluteUri,
            [nameof(AccountEmailView.After)] = after,
            [nameof(AccountEmailView.Items)] = items,
            [nameof(AccountEmailView.OtherLinkText)] = other?.Text,
            [nameof(AccountEmailView.OtherLinkUrl)] = other?.Url.AbsoluteUri,
        });
        return new AccountEmail(subject, PlainTextDirection.Apply(text, locale), html, locale);
    }
}
