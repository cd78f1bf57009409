namespace NewsAlerts.Channels.Shaping;

using NewsAlerts.Core.Delivery;

/// <summary>An <see cref="ISmsSender"/> that paces and retries another one.</summary>
public sealed class ShapedSmsSender(ISmsSender inner, DeliveryShaper shaper) : ISmsSender
{
    /// <inheritdoc />
    public Task<SendOutcome> SendAsync(SmsAlertRequest request, CancellationToken cancellationToken) =>
        shaper.SendAsync(ct => inner.SendAsync(request, ct), cancellationToken);
}
