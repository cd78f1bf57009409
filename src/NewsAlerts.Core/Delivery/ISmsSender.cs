namespace NewsAlerts.Core.Delivery;

/// <summary>Sends one SMS alert (implemented over the Twilio REST API in NewsAlerts.Channels).</summary>
public interface ISmsSender
{
    /// <summary>Sends the alert; provider failures are returned as outcomes, not thrown.</summary>
    Task<SendOutcome> SendAsync(SmsAlertRequest request, CancellationToken cancellationToken);
}
