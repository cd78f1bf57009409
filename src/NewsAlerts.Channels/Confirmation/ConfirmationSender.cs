namespace NewsAlerts.Channels.Confirmation;

using MimeKit;
using NewsAlerts.Channels.Email;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Delivery;

/// <summary>
/// The double opt-in messages over the same SMTP pool and Twilio client as alerts: a confirmation link by email
/// (HTML and text), a six-digit code by SMS with the opt-out wording Twilio asks for on a first message.
/// </summary>
public sealed class ConfirmationSender(SmtpEmailSender email, TwilioSmsSender sms) : IConfirmationSender
{
    /// <inheritdoc />
    public Task<SendOutcome> SendEmailConfirmationAsync(string subscriberId, string address, Uri confirmationUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(confirmationUrl);
        var link = System.Net.WebUtility.HtmlEncode(confirmationUrl.AbsoluteUri);
        var message = new MimeMessage
        {
            Subject = "Confirm your NewsAlerts subscription",
            Body = new BodyBuilder
            {
                TextBody = $"Please confirm that you want news alerts at this address:\n\n{confirmationUrl.AbsoluteUri}\n\nIf you did not sign up, ignore this email: nothing will be sent.",
                HtmlBody = $"<p>Please confirm that you want news alerts at this address.</p><p><a href=\"{link}\">Confirm my subscription</a></p>" +
                           "<p>If you did not sign up, ignore this email: nothing will be sent.</p>",
            }.ToMessageBody(),
        };
        message.From.Add(email.From);
        message.To.Add(MailboxAddress.Parse(address));
        return email.SendMessageAsync(message, subscriberId, address, cancellationToken);
    }

    /// <inheritdoc />
    public Task<SendOutcome> SendManageLinkAsync(string subscriberId, string address, Uri manageUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manageUrl);
        var link = System.Net.WebUtility.HtmlEncode(manageUrl.AbsoluteUri);
        var message = new MimeMessage
        {
            Subject = "Your NewsAlerts subscription is confirmed",
            Body = new BodyBuilder
            {
                TextBody = $"You are subscribed. Manage your topics and settings, or stop everything, here:\n\n{manageUrl.AbsoluteUri}\n\nKeep this link to yourself: it works without a password.",
                HtmlBody = $"<p>You are subscribed.</p><p><a href=\"{link}\">Manage your topics and settings, or stop everything</a></p>" +
                           "<p>Keep this link to yourself: it works without a password.</p>",
            }.ToMessageBody(),
        };
        message.From.Add(email.From);
        message.To.Add(MailboxAddress.Parse(address));
        return email.SendMessageAsync(message, subscriberId, address, cancellationToken);
    }

    /// <inheritdoc />
    public Task<SendOutcome> SendSmsCodeAsync(string subscriberId, string phone, string code, CancellationToken cancellationToken)
    {
        var text = $"NewsAlerts code: {code}. Enter it to confirm breaking-news texts. Reply STOP to opt out.";
        return sms.SendTextAsync(subscriberId, phone, new SmsBody(text, GsmAlphabet.Measure(text)), null, cancellationToken);
    }
}
