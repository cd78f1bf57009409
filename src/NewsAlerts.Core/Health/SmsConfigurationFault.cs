namespace NewsAlerts.Core.Health;

/// <summary>The last SMS configuration fault recorded (<see cref="Ports.ISmsConfigurationFaults"/>).</summary>
/// <param name="Code">The provider's error code, e.g. 21212.</param>
/// <param name="Setting">The app setting (or account option) an operator fixes, e.g. <c>Twilio__FromNumber</c>.</param>
/// <param name="Reason">The provider's refusal in words (no personal data).</param>
/// <param name="LastAt">When the last refusal was recorded (the writer's clock).</param>
/// <param name="Count">How many refusals since the last text that succeeded (retries of one text count each).</param>
public sealed record SmsConfigurationFault(int Code, string Setting, string Reason, DateTimeOffset LastAt, int Count)
{
    /// <summary>The health report's detail: <c>Twilio 21212 (reason): fix Twilio__FromNumber; 3 texts refused, the last at 2026-12-02T14:00:00Z</c>.</summary>
    public string Describe() =>
        $"Twilio {Code} ({Reason}): fix {Setting}; {Count} text{(Count == 1 ? string.Empty : "s")} refused, the last at {LastAt.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}";
}
