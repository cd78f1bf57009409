namespace NewsAlerts.Channels.Email;

using System.Text;
using MimeKit;
using NewsAlerts.Channels.Email.Templates;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Texts;

/// <summary>
/// Turns a <see cref="DigestEmailRequest"/> into the MIME message: a subject counting the stories, the HTML rendered by
/// <see cref="DigestEmailView"/>, a plain-text part built here (HTML encoding is wrong there), a Message-ID from the
/// idempotency key and RFC 8058 one-click unsubscribe headers. Every word is the email catalog's
/// (<see cref="EmailTexts"/>) in the subscriber's language (<see cref="DigestEmailRequest.Language"/>); the stories'
/// times come on their clock and in their words from <see cref="Core.Digests.DigestComposer"/>.
/// </summary>
public sealed class DigestEmailComposer(RazorTemplates templates)
{
    /// <summary>The subject: <c>Your news digest: 3 stories</c>, in the request's language with its plural forms.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public static string Subject(DigestEmailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return EmailTexts.Count(EmailText.DigestSubject, request.StoryCount + request.Email.More, request.Language);
    }

    /// <summary>Builds the message.</summary>
    /// <param name="request">The digest.</param>
    /// <param name="from">The sender.</param>
    /// <param name="composedAt">Now, for the <c>Date:</c> header.</param>
    /// <exception cref="ParseException">The recipient address cannot be parsed.</exception>
    public async Task<MimeMessage> ComposeAsync(DigestEmailRequest request, MailboxAddress from, DateTimeOffset composedAt)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(from);
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(request.ToAddress));
        var locale = new MessageLocale(request.Language, null);
        var subject = Subject(request);
        EmailHeaders.Write(message, subject, locale);
        message.Date = composedAt;
        message.MessageId = AlertEmailComposer.MessageId(request.IdempotencyKey, from.Domain).Replace("alert.", "digest.", StringComparison.Ordinal);
        message.Headers.Add("List-Unsubscribe", $"<{request.UnsubscribeUrl.AbsoluteUri}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Headers.Add("Auto-Submitted", "auto-generated");
        var html = await templates.RenderAsync<DigestEmailView>(new Dictionary<string, object?>
        {
            [nameof(DigestEmailView.Locale)] = locale,
            [nameof(DigestEmailView.Email)] = request.Email,
            [nameof(DigestEmailView.Title)] = subject,
            [nameof(DigestEmailView.ManageUrl)] = request.ManageUrl.AbsoluteUri,
            [nameof(DigestEmailView.UnsubscribeUrl)] = request.UnsubscribeUrl.AbsoluteUri,
        });
        message.Body = new BodyBuilder { TextBody = PlainTextDirection.Apply(PlainText(request, subject), locale), HtmlBody = html }.ToMessageBody();
        return message;
    }

    private static string PlainText(DigestEmailRequest request, string subject)
    {
        var text = new StringBuilder().AppendLine(subject).AppendLine();
        foreach (var section in request.Email.Sections)
        {
            text.AppendLine(section.Topic).AppendLine(new string('-', Math.Min(section.Topic.Length, 60)));
            foreach (var item in section.Items)
            {
                text.Append("* ").AppendLine(item.Headline.ReplaceLineEndings(" "));
                text.Append("  ").AppendLine(string.IsNullOrWhiteSpace(item.Source) ? item.PublishedLocal : $"{item.Source} · {item.PublishedLocal}");
                if (DigestLinks.IsWebLink(item.Url))
                {
                    text.Append("  ").AppendLine(item.Url!.AbsoluteUri);
                }

                text.Append("  ").AppendLine(EmailTexts.Of(EmailText.DigestWhy, request.Language, item.Reason));
            }

            text.AppendLine();
        }

        if (request.Email.More > 0)
        {
            text.AppendLine(EmailTexts.Count(EmailText.DigestMore, request.Email.More, request.Language)).AppendLine();
        }

        text.AppendLine(EmailTexts.Of(EmailText.ManageAlertsAt, request.Language, request.ManageUrl.AbsoluteUri));
        text.AppendLine(EmailTexts.Of(EmailText.UnsubscribeAt, request.Language, request.UnsubscribeUrl.AbsoluteUri));
        return text.ToString();
    }
}
