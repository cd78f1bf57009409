namespace NewsAlerts.Channels.Shaping;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;

/// <summary>An <see cref="IDigestEmailSender"/> that paces and retries another one (sharing the email sender's rate).</summary>
public sealed class ShapedDigestSender(IDigestEmailSender inner, DeliveryShaper shaper) : IDigestEmailSender
{
    /// <inheritdoc />
    public Task<SendOutcome> SendAsync(DigestEmailRequest request, CancellationToken cancellationToken) =>
        shaper.SendAsync(ct => inner.SendAsync(request, ct), cancellationToken);
}
