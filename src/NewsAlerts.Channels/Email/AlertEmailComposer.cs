namespace NewsAlerts.Channels.Email;

using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using NewsAlerts.Channels.Email.Templates;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Words;

/// <summary>
/// Turns an <see cref="EmailAlertRequest"/> into the MIME message: subject, plain-text and HTML alternatives (the HTML
/// is the <see cref="AlertEmailView"/> Razor component, every piece of article text HTML-escaped by Razor), the match reason, a manage link and RFC 8058 one-click unsubscribe headers.
/// A follow-up (<see cref="AlertContent.Notice"/>) says the story was withdrawn or corrected, when, and the editor's
/// note; a withdrawn story is not linked to. Every word is the email catalog's (<see cref="EmailTexts"/>) in the
/// subscriber's language (<see cref="EmailAlertRequest.Language"/>), every time on their clock (<see cref="MomentWords"/>).
/// </summary>
public static partial class AlertEmailComposer
{
    // One renderer for every alert (thread-safe: its dispatcher serialises renders); alive for the process.
    private static readonly RazorTemplates Templates = new();

    /// <summary>
    /// The header naming the story an alert is about by its short code (<see cref="Core.Dispatch.AlertLinks.ShortCode"/>,
    /// the code of its SMS short link), so a mailbox (the local demo's count) can tell one story's alerts from another's.
    /// </summary>
    public const string StoryHeader = "X-NewsAlerts-Story";

    /// <summary>Builds the message; the Message-ID is derived from the request's idempotency key.</summary>
    /// <param name="request">The alert.</param>
    /// <param name="from">The sender.</param>
    /// <param name="composedAt">
    /// Now, from the sender's clock: the <c>Date:</c> header (RFC 5322 §3.6.1, when the message was ready to send).
    /// The article's publication time is in the body, on the subscriber's clock; as the header an old article would
    /// sort as an old mail and a mistyped future one stay on top of the inbox.
    /// </param>
    /// <exception cref="ParseException">The recipient address cannot be parsed.</exception>
    public static MimeMessage Compose(EmailAlertRequest request, MailboxAddress from, DateTimeOffset composedAt)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(from);
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(request.ToAddress));
        var locale = LocaleOf(request);
        EmailHeaders.Write(message, Subject(request.Content, request.Language), locale);
        message.Date = composedAt;
        message.MessageId = MessageId(request.IdempotencyKey, from.Domain);
        message.Headers.Add("List-Unsubscribe", $"<{request.UnsubscribeUrl.AbsoluteUri}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        // Marks the alert as machine-sent so auto-responders do not answer it (RFC 3834).
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add(StoryHeader, Core.Dispatch.AlertLinks.ShortCode(request.Content.ArticleId));
        var body = new BodyBuilder { TextBody = PlainTextDirection.Apply(PlainText(request), locale), HtmlBody = HtmlText(request, locale) };
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>
    /// "Breaking: headline" for urgency 1-2, "Withdrawn: headline" or "Correction: headline" for a follow-up, else the
    /// headline; line breaks folded to spaces. In English: <see cref="Subject(AlertContent, string?)"/> words it in a language.
    /// </summary>
    public static string Subject(AlertContent content) => Subject(content, null);

    /// <summary>The subject of <see cref="Subject(AlertContent)"/> in <paramref name="language"/> (BCP 47; null or not offered: English).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public static string Subject(AlertContent content, string? language)
    {
        ArgumentNullException.ThrowIfNull(content);
        var headline = OneLine(content.Headline);
        return content.Notice is { } notice
            ? EmailTexts.Of(notice.Kind == NoticeKind.Withdrawn ? EmailText.SubjectWithdrawn : EmailText.SubjectCorrected, language, headline)
            : content.IsBreaking ? EmailTexts.Of(EmailText.SubjectBreaking, language, headline) : headline;
    }

    /// <summary>The first line of a follow-up: "This story, sent to you earlier, was withdrawn on 30 November 2026, 10:02 (London time)."</summary>
    public static string? NoticeLine(AlertContent content, string? timeZone) => NoticeLine(content, timeZone, null);

    /// <summary>The first line of a follow-up in <paramref name="language"/>, its time on the clock of <paramref name="timeZone"/>; null for an alert.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public static string? NoticeLine(AlertContent content, string? timeZone, string? language)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.Notice is { } notice
            ? EmailTexts.Of(notice.Kind == NoticeKind.Withdrawn ? EmailText.NoticeWithdrawn : EmailText.NoticeCorrected, language, MomentWords.Of(content.PublishedAt, timeZone, language))
            : null;
    }

    /// <summary>
    /// The Message-ID (without angle brackets) for an idempotency key: the key itself when it is a valid dot-atom,
    /// else its SHA-256, so a re-send of the same alert carries the same id and receivers can drop the duplicate.
    /// </summary>
    public static string MessageId(string idempotencyKey, string domain)
    {
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        var local = IsDotAtom(idempotencyKey)
            ? idempotencyKey
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)));
        return $"alert.{local}@{domain}";
    }

    private static MessageLocale LocaleOf(EmailAlertRequest request) => new(request.Language, request.TimeZone);

    private static string PlainText(EmailAlertRequest request)
    {
        var c = request.Content;
        var language = request.Language;
        var text = new StringBuilder();
        text.AppendLine(OneLine(c.Headline)).AppendLine(Byline(c, request.TimeZone, language)).AppendLine();
        if (NoticeLine(c, request.TimeZone, language) is { } noticeLine)
        {
            text.AppendLine(noticeLine);
        }

        text.AppendLine(c.Summary.Trim()).AppendLine();
        if (IsLinked(c))
        {
            text.AppendLine(EmailTexts.Of(EmailText.ReadMoreAt, language, c.Url!.AbsoluteUri)).AppendLine();
        }

        text.AppendLine(EmailTexts.Of(EmailText.WhyYouGotThis, language, request.MatchReason));
        text.AppendLine(EmailTexts.Of(EmailText.ManageAlertsAt, language, request.ManageUrl.AbsoluteUri));
        text.AppendLine(EmailTexts.Of(EmailText.UnsubscribeAt, language, request.UnsubscribeUrl.AbsoluteUri));
        return text.ToString();
    }

    // The HTML part is the AlertEmailView Razor component, rendered by the engine the digest uses (HtmlRenderer). The
    // component has no asynchronous work, so its render completes at once and waiting on it blocks nothing.
    private static string HtmlText(EmailAlertRequest request, MessageLocale locale)
    {
        var c = request.Content;
        return Templates.RenderAsync<AlertEmailView>(new Dictionary<string, object?>
        {
            [nameof(AlertEmailView.Locale)] = locale,
            [nameof(AlertEmailView.Title)] = Subject(c, request.Language),
            [nameof(AlertEmailView.Breaking)] = c.IsBreaking,
            [nameof(AlertEmailView.Headline)] = OneLine(c.Headline),
            [nameof(AlertEmailView.Byline)] = Byline(c, request.TimeZone, request.Language),
            [nameof(AlertEmailView.NoticeLine)] = NoticeLine(c, request.TimeZone, request.Language),
            [nameof(AlertEmailView.Summary)] = c.Summary.Trim(),
            [nameof(AlertEmailView.Link)] = IsLinked(c) ? c.Url!.AbsoluteUri : null,
            [nameof(AlertEmailView.Reason)] = request.MatchReason,
            [nameof(AlertEmailView.ManageUrl)] = request.ManageUrl.AbsoluteUri,
            [nameof(AlertEmailView.UnsubscribeUrl)] = request.UnsubscribeUrl.AbsoluteUri,
        }).GetAwaiter().GetResult();
    }

    // The publication time as the subscriber's clock shows it, in their words, named by its zone's city ("London time").
    private static string Byline(AlertContent c, string? timeZone, string? language)
    {
        var when = MomentWords.Of(c.PublishedAt, timeZone, language);
        return string.IsNullOrWhiteSpace(c.Source) ? when : $"{OneLine(c.Source)} · {when}";
    }

    // A withdrawn story is not linked to: the follow-up is there to take it back.
    // Only http(s) links become clickable (StoryLinks.IsWebLink); the channel has given a story without one its short
    // link page (EmailChannel.Linked).
    private static bool IsLinked(AlertContent c) => StoryLinks.IsWebLink(c.Url) && c.Notice?.Kind != NoticeKind.Withdrawn;

    // Line breaks (and the spaces around them) become one space; other spacing (no-break, ideographic, thin) is the
    // headline's own and stays, so the subject a reader sees is the headline.
    private static string OneLine(string text) => LineBreaks().Replace(text.Trim(), " ");

    [GeneratedRegex("[ \t]*[\r\n\v\f\u0085\u2028\u2029]+[ \t]*")]
    private static partial Regex LineBreaks();

    private static bool IsDotAtom(string key) =>
        key.Length <= 200 && key[0] != '.' && key[^1] != '.' && !key.Contains("..", StringComparison.Ordinal)
        && key.All(ch => char.IsAsciiLetterOrDigit(ch) || "!#$%&'*+-/=?^_`{|}~.".Contains(ch, StringComparison.Ordinal));
}
