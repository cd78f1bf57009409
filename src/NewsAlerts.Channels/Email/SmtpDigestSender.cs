namespace NewsAlerts.Channels.Email;

using MimeKit;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;

/// <summary>Sends digest emails over the alert sender's pooled SMTP connections; failures come back as outcomes.</summary>
public sealed class SmtpDigestSender(SmtpEmailSender smtp, DigestEmailComposer composer, TimeProvider time) : IDigestEmailSender
{
    /// <inheritdoc />
    public async Task<SendOutcome> SendAsync(DigestEmailRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        MimeMessage message;
        try
        {
            message = await composer.ComposeAsync(request, smtp.From, time.GetUtcNow());
        }
        catch (ParseException)
        {
            return SendOutcome.Permanent("The email address cannot be parsed", "address");
        }

        return await smtp.SendMessageAsync(message, request.SubscriberId, request.ToAddress, cancellationToken);
    }
}
