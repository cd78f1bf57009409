namespace NewsAlerts.ServiceBusEmulator.Security;

/// <summary>The result of checking a SAS token.</summary>
internal sealed record SasValidation(bool IsValid, string? Audience, DateTimeOffset Expires, string? Reason)
{
    public static SasValidation Granted(string audience, DateTimeOffset expires) => new(true, audience, expires, null);

    public static SasValidation Refused(string reason) => new(false, null, default, reason);
}
