namespace NewsAlerts.Pages.Editor;

using MimeKit;
using NewsAlerts.Channels.Email;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Privacy;
using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Words;

/// <summary>
/// Composes an article's alert (or, for a withdrawal or major correction, its follow-up) with the composers the
/// dispatcher uses (<see cref="AlertEmailComposer"/>, <see cref="SmsText"/>) for an example subscriber, so what the
/// editor reads is what subscribers get; only the recipient's address, links and reason are the example's.
/// </summary>
public static class MessagePreviews
{
    /// <summary>The example subscriber's id (its manage and unsubscribe links are signed but lead to nobody).</summary>
    public const string ExampleSubscriber = "example-subscriber";

    private static readonly MailboxAddress ExampleFrom = new("NewsAlerts", "alerts@example.org");

    /// <summary>The messages for <paramref name="article"/> in English, explained by <paramref name="reason"/>, composed at <paramref name="now"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static MessagePreview Of(Article article, string reason, AlertLinks links, DateTimeOffset now) => Of(ContentOf(article), reason, links, now);

    /// <summary>What the alert of <paramref name="article"/> says (for a withdrawal or major correction: its follow-up).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static AlertContent ContentOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var content = AlertPlanner.ContentOf(article);
        // As FollowUpPlanner builds it: urgency 1, the notice, the editor's note as the summary.
        return article.Notice is { } notice ? content with { Urgency = 1, Notice = notice, Summary = notice.Note ?? string.Empty } : content;
    }

    /// <summary>
    /// The messages saying <paramref name="content"/>, explained by <paramref name="reason"/>, composed at
    /// <paramref name="now"/>: the email in each language of <paramref name="emails"/> (<see cref="EmailLanguages"/>, in
    /// that order) and the text in each language of <paramref name="texts"/> (<see cref="SmsCountries.ByLanguage"/>, in
    /// that order); each in English alone, counting nobody, when its list is null or empty.
    /// </summary>
    /// <param name="content">What the alert says.</param>
    /// <param name="reason">
    /// Why the example reader gets it: a match reason as values (<c>MatchReasonText</c>), worded in each email's language
    /// as the email channel words it (<see cref="ReasonWords"/>), or plain words, shown as they are.
    /// </param>
    /// <param name="links">Signs the example reader's links.</param>
    /// <param name="now">When the messages are composed (the email's date).</param>
    /// <param name="texts">The texts by language.</param>
    /// <param name="emails">The emails by language.</param>
    /// <param name="mask">Masks contacts in the worded reason (null: <see cref="ContactMask.Default"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="content"/>, <paramref name="reason"/> or <paramref name="links"/> is null.</exception>
    public static MessagePreview Of(
        AlertContent content, string reason, AlertLinks links, DateTimeOffset now, IReadOnlyList<SmsLanguageCount>? texts = null,
        IReadOnlyList<EmailLanguageCount>? emails = null, ContactMask? mask = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(links);
        mask ??= ContactMask.Default;
        var link = links.ShortLink(content.ArticleId);
        var languages = texts is { Count: > 0 } ? texts : [new SmsLanguageCount(TextLanguages.Default, 0, 0)];
        var readers = emails is { Count: > 0 } ? emails : [new EmailLanguageCount(TextLanguages.Default, 0)];
        return new MessagePreview(
            [.. readers.Select(count => EmailIn(content, mask.Mask(ReasonWords.Of(reason, count.Language)) ?? string.Empty, links, now, count))],
            [.. languages.Select(count => TextIn(content, link, count))]);
    }

    /// <summary>
    /// The email saying <paramref name="content"/> in the language of <paramref name="count"/>, as the email channel asks
    /// the sender for a reader of that language (<c>EmailAlertRequest.Language</c>) and <see cref="AlertEmailComposer"/>
    /// composes it, explained by <paramref name="reason"/> (already in that language) and composed at <paramref name="now"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static EmailLanguagePreview EmailIn(AlertContent content, string reason, AlertLinks links, DateTimeOffset now, EmailLanguageCount count)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(count);
        var request = new EmailAlertRequest(
            ExampleSubscriber, "subscriber@example.org", links.Linked(content), reason, links.Manage(ExampleSubscriber), links.Unsubscribe(ExampleSubscriber),
            $"preview|{ExampleSubscriber}|email", Language: count.Language);
        var message = AlertEmailComposer.Compose(request, ExampleFrom, now);
        return new EmailLanguagePreview(count, message.Subject ?? string.Empty, message.HtmlBody ?? string.Empty, message.TextBody ?? string.Empty, reason);
    }

    // As SmsChannel asks the sender: the subscriber's language tag, read by SmsTexts the same way (TextLanguages.Of).
    private static SmsLanguagePreview TextIn(AlertContent content, Uri link, SmsLanguageCount count) => new(
        count,
        SmsText.Compose(content, link, isFirstMessage: false, count.Language), SmsText.Compose(content, link, isFirstMessage: true, count.Language),
        Ucs2Warnings.Of(content, link, isFirstMessage: false, count.Language), Ucs2Warnings.Of(content, link, isFirstMessage: true, count.Language));
}
