namespace NewsAlerts.Core.Delivery;

using NewsAlerts.Core.Digests;

/// <summary>Sends one digest email (implemented over SMTP in NewsAlerts.Channels).</summary>
public interface IDigestEmailSender
{
    /// <summary>Sends the digest; provider failures are returned as outcomes, not thrown.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    Task<SendOutcome> SendAsync(DigestEmailRequest request, CancellationToken cancellationToken);
}
