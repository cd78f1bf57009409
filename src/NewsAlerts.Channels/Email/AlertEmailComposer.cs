namespace NewsAlerts.Channels.Email;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using MimeKit;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;

/// <summary>
/// Turns an <see cref="EmailAlertRequest"/> into the MIME message: subject, plain-text and HTML alternatives (every
/// piece of article text HTML-escaped), the match reason, a manage link and RFC 8058 one-click unsubscribe headers.
/// A follow-up (<see cref="AlertContent.Notice"/>) says the story was withdrawn or corrected, when, and the editor's
/// note; a withdrawn story is not linked to.
/// </summary>
public static partial class AlertEmailComposer
{
    // Escapes markup characters only, so headlines in any script stay readable in the HTML source.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

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
        message.Subject = Subject(request.Content);
        message.Headers[message.Headers.IndexOf(HeaderId.Subject)].SetRawValue(SubjectHeader.RawValue(message.Subject));
        message.Date = composedAt;
        message.MessageId = MessageId(request.IdempotencyKey, from.Domain);
        message.Headers.Add("List-Unsubscribe", $"<{request.UnsubscribeUrl.AbsoluteUri}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        // Marks the alert as machine-sent so auto-responders do not answer it (RFC 3834).
        message.Headers.Add("Auto-Submitted", "auto-generated");
        var body = new BodyBuilder { TextBody = PlainText(request), HtmlBody = HtmlText(request) };
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>
    /// "Breaking: headline" for urgency 1-2, "Withdrawn: headline" or "Correction: headline" for a follow-up, else the
    /// headline; line breaks folded to spaces.
    /// </summary>
    public static string Subject(AlertContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var headline = OneLine(content.Headline);
        return content.Notice is { } notice ? $"{notice.Label}: {headline}" : content.IsBreaking ? $"Breaking: {headline}" : headline;
    }

    /// <summary>The first line of a follow-up: "This story, sent to you earlier, was withdrawn on 30 Nov 2026 10:02 (Europe/London)."</summary>
    public static string? NoticeLine(AlertContent content, string? timeZone)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.Notice is { } notice
            ? $"This story, sent to you earlier, was {(notice.Kind == NoticeKind.Withdrawn ? "withdrawn" : "corrected")} on {When(content.PublishedAt, timeZone)}."
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

    private static string PlainText(EmailAlertRequest request)
    {
        var c = request.Content;
        var text = new StringBuilder();
        text.AppendLine(OneLine(c.Headline)).AppendLine(Byline(c, request.TimeZone)).AppendLine();
        if (NoticeLine(c, request.TimeZone) is { } noticeLine)
        {
            text.AppendLine(noticeLine);
        }

        text.AppendLine(c.Summary.Trim()).AppendLine();
        if (IsLinked(c))
        {
            text.Append("Read more: ").AppendLine(c.Url!.AbsoluteUri).AppendLine();
        }

        text.Append("Why you got this: ").AppendLine(request.MatchReason);
        text.Append("Manage your alerts: ").AppendLine(request.ManageUrl.AbsoluteUri);
        text.Append("Unsubscribe: ").AppendLine(request.UnsubscribeUrl.AbsoluteUri);
        return text.ToString();
    }

    private static string HtmlText(EmailAlertRequest request)
    {
        var c = request.Content;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(E(Subject(c))).Append("</title></head>");
        html.Append("<body style=\"font-family:sans-serif;max-width:40em\">");
        if (c.IsBreaking)
        {
            html.Append("<p style=\"color:#b00;font-weight:bold\">Breaking news</p>");
        }

        html.Append("<h1>").Append(E(OneLine(c.Headline))).Append("</h1>");
        html.Append("<p style=\"color:#555\">").Append(E(Byline(c, request.TimeZone))).Append("</p>");
        if (NoticeLine(c, request.TimeZone) is { } noticeLine)
        {
            html.Append("<p style=\"font-weight:bold\">").Append(E(noticeLine)).Append("</p>");
        }

        html.Append("<p>").Append(E(c.Summary.Trim())).Append("</p>");
        if (IsLinked(c))
        {
            html.Append("<p><a href=\"").Append(E(c.Url!.AbsoluteUri)).Append("\">Read the full story</a></p>");
        }

        html.Append("<hr><p style=\"color:#555;font-size:smaller\">Why you got this: ").Append(E(request.MatchReason)).Append("<br>");
        html.Append("<a href=\"").Append(E(request.ManageUrl.AbsoluteUri)).Append("\">Manage your alerts</a> · ");
        html.Append("<a href=\"").Append(E(request.UnsubscribeUrl.AbsoluteUri)).Append("\">Unsubscribe</a></p>");
        html.Append("</body></html>");
        return html.ToString();
    }

    private static string Byline(AlertContent c, string? timeZone)
    {
        var when = When(c.PublishedAt, timeZone);
        return string.IsNullOrWhiteSpace(c.Source) ? when : $"{OneLine(c.Source)} · {when}";
    }

    // The publication time as the subscriber's clock shows it, named by its IANA zone; UTC when the zone is unknown.
    private static string When(DateTimeOffset publishedAt, string? timeZone)
    {
        if (!string.IsNullOrWhiteSpace(timeZone) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone))
        {
            var local = TimeZoneInfo.ConvertTime(publishedAt, zone);
            return $"{local.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture)} ({timeZone})";
        }

        return publishedAt.ToUniversalTime().ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
    }

    private static string E(string text) => Html.Encode(text);

    // A withdrawn story is not linked to: the follow-up is there to take it back.
    private static bool IsLinked(AlertContent c) => IsWebLink(c.Url) && c.Notice?.Kind != NoticeKind.Withdrawn;

    // Only http(s) links become clickable: a javascript: or data: URL in article data must never reach a mail client.
    private static bool IsWebLink(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);

    // Line breaks (and the spaces around them) become one space; other spacing (no-break, ideographic, thin) is the
    // headline's own and stays, so the subject a reader sees is the headline.
    private static string OneLine(string text) => LineBreaks().Replace(text.Trim(), " ");

    [GeneratedRegex("[ \t]*[\r\n\v\f\u0085\u2028\u2029]+[ \t]*")]
    private static partial Regex LineBreaks();

    private static bool IsDotAtom(string key) =>
        key.Length <= 200 && key[0] != '.' && key[^1] != '.' && !key.Contains("..", StringComparison.Ordinal)
        && key.All(ch => char.IsAsciiLetterOrDigit(ch) || "!#$%&'*+-/=?^_`{|}~.".Contains(ch, StringComparison.Ordinal));
}
