namespace NewsAlerts.Pages.Editor;

using MimeKit;
using NewsAlerts.Channels.Email;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Texts;

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

    /// <summary>The messages for <paramref name="article"/>, explained by <paramref name="reason"/>, composed at <paramref name="now"/>.</summary>
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
    /// <paramref name="now"/>; the text in each language of <paramref name="texts"/> (<see cref="SmsCountries.ByLanguage"/>,
    /// in that order), in English alone when it is null or empty. The email is the English one.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="texts"/> is null.</exception>
    public static MessagePreview Of(AlertContent content, string reason, AlertLinks links, DateTimeOffset now, IReadOnlyList<SmsLanguageCount>? texts = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(links);
        var request = new EmailAlertRequest(
            ExampleSubscriber, "subscriber@example.org", content, reason, links.Manage(ExampleSubscriber), links.Unsubscribe(ExampleSubscriber),
            $"preview|{ExampleSubscriber}|email");
        var message = AlertEmailComposer.Compose(request, ExampleFrom, now);
        var link = links.ShortLink(content.ArticleId);
        var languages = texts is { Count: > 0 } ? texts : [new SmsLanguageCount(TextLanguages.Default, 0, 0)];
        return new MessagePreview(
            message.Subject ?? string.Empty, message.HtmlBody ?? string.Empty, message.TextBody ?? string.Empty,
            [.. languages.Select(count => TextIn(content, link, count))]);
    }

    // As SmsChannel asks the sender: the subscriber's language tag, read by SmsTexts the same way (TextLanguages.Of).
    private static SmsLanguagePreview TextIn(AlertContent content, Uri link, SmsLanguageCount count) => new(
        count,
        SmsText.Compose(content, link, isFirstMessage: false, count.Language), SmsText.Compose(content, link, isFirstMessage: true, count.Language),
        Ucs2Warnings.Of(content, link, isFirstMessage: false, count.Language), Ucs2Warnings.Of(content, link, isFirstMessage: true, count.Language));
}
