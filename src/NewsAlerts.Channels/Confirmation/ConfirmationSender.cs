namespace NewsAlerts.Channels.Confirmation;

using System.Globalization;
using MimeKit;
using NewsAlerts.Channels.Email;
using NewsAlerts.Channels.Shaping;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Words;

/// <summary>
/// The double opt-in messages over the same SMTP pool and Twilio client as alerts: a confirmation link by email
/// (HTML and text), a six-digit code by SMS with the opt-out wording Twilio asks for on a first message. Each send goes
/// through a <see cref="DeliveryShaper"/> like an alert's: the sender's shared rate, transient failures (SMTP 4xx, a
/// dropped connection, Twilio 429 with its Retry-After, 5xx) retried with backoff, here by
/// <see cref="RetryPolicy.Confirmations"/> so the HTTP request that sent it still answers in time.
/// </summary>
public sealed class ConfirmationSender(SmtpEmailSender email, TwilioSmsSender sms, DeliveryShaper emailShaper, DeliveryShaper smsShaper) : IConfirmationSender
{
    /// <inheritdoc />
    public Task<SendOutcome> SendEmailConfirmationAsync(string subscriberId, string address, Uri confirmationUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(confirmationUrl);
        var link = System.Net.WebUtility.HtmlEncode(confirmationUrl.AbsoluteUri);
        return SendEmailAsync(
            subscriberId,
            address,
            "Confirm your NewsAlerts subscription",
            $"Please confirm that you want news alerts at this address:\n\n{confirmationUrl.AbsoluteUri}\n\nIf you did not sign up, ignore this email: nothing will be sent.",
            $"<p>Please confirm that you want news alerts at this address.</p><p><a href=\"{link}\">Confirm my subscription</a></p>" +
            "<p>If you did not sign up, ignore this email: nothing will be sent.</p>",
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<SendOutcome> SendManageLinkAsync(string subscriberId, string address, Uri manageUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manageUrl);
        var link = System.Net.WebUtility.HtmlEncode(manageUrl.AbsoluteUri);
        return SendEmailAsync(
            subscriberId,
            address,
            "Your NewsAlerts subscription is confirmed",
            $"You are subscribed. Manage your topics and settings, or stop everything, here:\n\n{manageUrl.AbsoluteUri}\n\nKeep this link to yourself: it works without a password.",
            $"<p>You are subscribed.</p><p><a href=\"{link}\">Manage your topics and settings, or stop everything</a></p>" +
            "<p>Keep this link to yourself: it works without a password.</p>",
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<SendOutcome> SendManageLinkRequestedAsync(string subscriberId, string address, Uri manageUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manageUrl);
        var link = System.Net.WebUtility.HtmlEncode(manageUrl.AbsoluteUri);
        return SendEmailAsync(
            subscriberId,
            address,
            "Your link to your NewsAlerts preferences",
            $"Someone (we hope you) asked for a link to the NewsAlerts preferences of this address. Here it is:\n\n{manageUrl.AbsoluteUri}\n\n" +
            "Keep this link to yourself: it works without a password. If you did not ask, ignore this email: nothing has changed.",
            $"<p>Someone (we hope you) asked for a link to the NewsAlerts preferences of this address.</p><p><a href=\"{link}\">Open my preferences</a></p>" +
            "<p>Keep this link to yourself: it works without a password. If you did not ask, ignore this email: nothing has changed.</p>",
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<SendOutcome> SendContactChangedAsync(string subscriberId, ContactChangeNotice notice, Uri manageUrl, TimeSpan linkLifetime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(manageUrl);
        var when = notice.ChangedAt.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        if (notice.Channel == Channel.Sms)
        {
            // One segment, no link (a manage link would not fit): STOP from the old number still stops this person's texts.
            var text = $"NewsAlerts: your alerts number was changed to {notice.MaskedNewContact} on {when}. If this wasn't you, reply STOP or use the link in your emails.";
            return smsShaper.SendAsync(ct => sms.SendTextAsync(subscriberId, notice.OldContact, new SmsBody(text, GsmAlphabet.Measure(text)), null, ct), cancellationToken);
        }

        var link = System.Net.WebUtility.HtmlEncode(manageUrl.AbsoluteUri);
        var masked = System.Net.WebUtility.HtmlEncode(notice.MaskedNewContact);
        var lasts = DurationText.Of(linkLifetime);
        return SendEmailAsync(
            subscriberId,
            notice.OldContact,
            "Your NewsAlerts address was changed",
            $"Your NewsAlerts address was changed to {notice.MaskedNewContact} on {when} (UTC); alerts no longer come here.\n\n" +
            $"If this wasn't you, use this link to see your alerts and change the address back (it works for {lasts}):\n\n{manageUrl.AbsoluteUri}\n\nIf it was you, there is nothing to do.",
            $"<p>Your NewsAlerts address was changed to {masked} on {when} (UTC); alerts no longer come here.</p>" +
            $"<p>If this wasn't you, <a href=\"{link}\">see your alerts and change the address back</a> (the link works for {lasts}).</p>" +
            "<p>If it was you, there is nothing to do.</p>",
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<SendOutcome> SendSmsCodeAsync(string subscriberId, string phone, string code, string? language, CancellationToken cancellationToken)
    {
        // Accents GSM-7 lacks are rewritten (Código -> Codigo) so the code goes as one GSM-7 segment, measured as sent.
        var text = GsmTransliterator.Transliterate(SmsTexts.Code(language, "NewsAlerts", code));
        return smsShaper.SendAsync(ct => sms.SendTextAsync(subscriberId, phone, new SmsBody(text, GsmAlphabet.Measure(text)), null, ct), cancellationToken);
    }

    // One email over the SMTP pool, shaped like an alert: the same From, one To, a text and an HTML body.
    private Task<SendOutcome> SendEmailAsync(string subscriberId, string address, string subject, string textBody, string htmlBody, CancellationToken cancellationToken)
    {
        var message = new MimeMessage
        {
            Subject = subject,
            Body = new BodyBuilder { TextBody = textBody, HtmlBody = htmlBody }.ToMessageBody(),
        };
        message.From.Add(email.From);
        message.To.Add(MailboxAddress.Parse(address));
        return emailShaper.SendAsync(ct => email.SendMessageAsync(message, subscriberId, address, ct), cancellationToken);
    }
}
