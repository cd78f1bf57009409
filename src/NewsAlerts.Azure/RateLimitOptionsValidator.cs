namespace NewsAlerts.Azure;

using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;

/// <summary>
/// Fails start-up with one line naming each <c>RateLimits:*</c> setting outside the range declared on
/// <see cref="RateLimitOptions"/> (<see cref="SettingRange"/>: <c>RateLimits:SignUpsPerClient: 0 is not a whole number
/// from 1 to 10000</c>).
/// </summary>
public sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = SettingRange.Failures(options, RateLimitOptions.SectionName).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
