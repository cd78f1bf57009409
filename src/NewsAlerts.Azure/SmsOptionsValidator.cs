namespace NewsAlerts.Azure;

using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Subscribers;

/// <summary>Fails start-up with one message naming <c>Sms:AllowedCountries</c> when it is missing or names no country.</summary>
public sealed class SmsOptionsValidator : IValidateOptions<SmsOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SmsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (_, reason) = TextablePhones.ParseCountries(options.AllowedCountries);
        return reason is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail($"Setting 'Sms:AllowedCountries' {reason}.");
    }
}
