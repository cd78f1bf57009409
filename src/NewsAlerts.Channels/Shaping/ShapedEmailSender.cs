namespace NewsAlerts.Channels.Shaping;

using NewsAlerts.Core.Delivery;

/// <summary>An <see cref="IEmailSender"/> that paces and retries another one.</summary>
public sealed class ShapedEmailSender(IEmailSender inner, DeliveryShaper shaper) : IEmailSender
{
    /// <inheritdoc />
    public Task<SendOutcome> SendAsync(EmailAlertRequest request, CancellationToken cancellationToken) =>
        shaper.SendAsync(ct => inner.SendAsync(request, ct), cancellationToken);
}
