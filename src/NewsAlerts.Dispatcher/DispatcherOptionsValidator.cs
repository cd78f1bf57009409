namespace NewsAlerts.Dispatcher;

using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;

/// <summary>
/// Fails start-up with one line naming each <c>Dispatcher:*</c> setting outside the range declared on
/// <see cref="DispatcherOptions"/> (<see cref="SettingRange"/>: <c>Dispatcher:MaxAttempts: 0 is not a whole number from
/// 1 to 100</c>; trial s44 #6: the value was not named and the wording was the Dispatcher's own).
/// </summary>
public sealed class DispatcherOptionsValidator : IValidateOptions<DispatcherOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DispatcherOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = SettingRange.Failures(options, DispatcherOptions.SectionName).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
