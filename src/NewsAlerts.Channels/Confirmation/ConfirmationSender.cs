namespace NewsAlerts.Channels.Confirmation;

using MimeKit;
using NewsAlerts.Channels.Email;
using NewsAlerts.Channels.Shaping;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Texts;

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
    public async Task<SendOutcome> SendEmailConfirmationAsync(string subscriberId, string address, Uri confirmationUrl, MessageLocale locale, CancellationToken cancellationToken) =>
        await SendEmailAsync(subscriberId, address, await AccountEmails.ConfirmationAsync(confirmationUrl, locale), cancellationToken);

    /// <inheritdoc />
    public async Task<SendOutcome> SendAddressChangeAsync(string subscriberId, string address, Uri confirmationUrl, MessageLocale locale, CancellationToken cancellationToken) =>
        await SendEmailAsync(subscriberId, address, await AccountEmails.AddressChangeAsync(confirmationUrl, locale), cancellationToken);

    /// <inheritdoc />
    public async Task<SendOutcome> SendComeBackAsync(string subscriberId, string address, Uri confirmationUrl, MessageLocale locale, CancellationToken cancellationToken) =>
        await SendEmailAsync(subscriberId, address, await AccountEmails.ComeBackAsync(confirmationUrl, locale), cancellationToken);

    /// <inheritdoc />
    public async Task<SendOutcome> SendManageLinkAsync(string subscriberId, string address, Uri manageUrl, MessageLocale locale, CancellationToken cancellationToken) =>
        await SendEmailAsync(subscriberId, address, await AccountEmails.ConfirmedAsync(manageUrl, locale), cancellationToken);

    /// <inheritdoc />
    public async Task<SendOutcome> SendManageLinkRequestedAsync(string subscriberId, string address, Uri manageUrl, MessageLocale locale, CancellationToken cancellationToken) =>
        await SendEmailAsync(subscriberId, address, await AccountEmails.LinkRequestedAsync(manageUrl, locale), cancellationToken);

    /// <inheritdoc />
    public async Task<SendOutcome> SendTopicsChangeAsync(
        string signUpId, string address, IReadOnlyList<string> topics, Uri? addUrl, Uri manageUrl, NewsAlerts.Core.SignUps.TopicsChangeNotes notes, MessageLocale locale, CancellationToken cancellationToken) =>
        await SendEmailAsync(signUpId, address, await AccountEmails.TopicsChangeAsync(topics, addUrl, manageUrl, locale, notes), cancellationToken);

    /// <inheritdoc />
    public Task<SendOutcome> SendManageLinkTextAsync(string subscriberId, string phone, Uri manageUrl, MessageLocale locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(locale);
        var body = ManageLinkSms.Of(manageUrl, locale.Language);
        return smsShaper.SendAsync(ct => sms.SendTextAsync(subscriberId, phone, body, null, ct), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<SendOutcome> SendContactChangedAsync(
        string subscriberId, ContactChangeNotice notice, Uri manageUrl, TimeSpan linkLifetime, MessageLocale locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(manageUrl);
        ArgumentNullException.ThrowIfNull(locale);
        if (notice.Channel == Channel.Sms)
        {
            var body = ContactChangedSms.Of(notice, locale);
            return await smsShaper.SendAsync(ct => sms.SendTextAsync(subscriberId, notice.OldContact, body, null, ct), cancellationToken);
        }

        return await SendEmailAsync(subscriberId, notice.OldContact, await AccountEmails.ContactChangedAsync(notice, manageUrl, linkLifetime, locale), cancellationToken);
    }

    /// <inheritdoc />
    public Task<SendOutcome> SendSmsCodeAsync(string subscriberId, string phone, string code, string? language, CancellationToken cancellationToken)
    {
        // Accents GSM-7 lacks are rewritten (Código -> Codigo) so the code goes as one GSM-7 segment, measured as sent.
        var text = GsmTransliterator.Transliterate(SmsTexts.Code(language, "NewsAlerts", code));
        return smsShaper.SendAsync(ct => sms.SendTextAsync(subscriberId, phone, new SmsBody(text, GsmAlphabet.Measure(text)), null, ct), cancellationToken);
    }

    /// <inheritdoc />
    public Task<SendOutcome> SendTopicsCodeAsync(string signUpId, string phone, string code, string? language, CancellationToken cancellationToken)
    {
        var text = GsmTransliterator.Transliterate(SmsTexts.TopicsCode(language, "NewsAlerts", code));
        return smsShaper.SendAsync(ct => sms.SendTextAsync(signUpId, phone, new SmsBody(text, GsmAlphabet.Measure(text)), null, ct), cancellationToken);
    }

    // One email over the SMTP pool, shaped like an alert: the same From, one To, a text and an HTML body, the subject
    // folded as RFC 2047 asks and the language named (EmailHeaders).
    private Task<SendOutcome> SendEmailAsync(string subscriberId, string address, AccountEmail composed, CancellationToken cancellationToken)
    {
        var message = new MimeMessage { Body = new BodyBuilder { TextBody = composed.TextBody, HtmlBody = composed.HtmlBody }.ToMessageBody() };
        EmailHeaders.Write(message, composed.Subject, composed.Locale);
        message.From.Add(email.From);
        message.To.Add(MailboxAddress.Parse(address));
        return emailShaper.SendAsync(ct => email.SendMessageAsync(message, subscriberId, address, ct), cancellationToken);
    }
}
