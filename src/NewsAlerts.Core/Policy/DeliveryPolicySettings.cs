namespace NewsAlerts.Core.Policy;

/// <summary>The service-wide settings of the delivery policy (from <c>Alerts</c> settings).</summary>
/// <param name="SmsStaleAfter">How old a story may be when a text held by quiet hours goes out; older goes to the email digest or is held (positive).</param>
public sealed record DeliveryPolicySettings(TimeSpan SmsStaleAfter)
{
    /// <summary>The default: a text held by quiet hours still goes out if the story is at most 4 hours old by then.</summary>
    public static DeliveryPolicySettings Default { get; } = new(TimeSpan.FromHours(4));
}
