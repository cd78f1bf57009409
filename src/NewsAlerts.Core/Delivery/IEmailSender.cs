namespace NewsAlerts.Core.Delivery;

/// <summary>Sends one email alert (implemented over SMTP in NewsAlerts.Channels).</summary>
public interface IEmailSender
{
    /// <summary>Sends the alert; provider failures are returned as outcomes, not thrown.</summary>
    Task<SendOutcome> SendAsync(EmailAlertRequest request, CancellationToken cancellationToken);
}
