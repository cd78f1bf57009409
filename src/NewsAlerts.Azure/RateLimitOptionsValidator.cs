namespace NewsAlerts.Azure;

using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;

/// <summary>Fails start-up with one message naming each <c>RateLimits:*</c> setting that is out of range.</summary>
public sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    // A window longer than a month is no rate limit anyone means, and bounding it keeps every window sum far from
    // DateTimeOffset's range.
    private const int MaxWindowMinutes = 31 * 24 * 60;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        AtLeastOne(failures, nameof(options.ConfirmationsPerContact), options.ConfirmationsPerContact);
        AtLeastOne(failures, nameof(options.ContactWindowHours), options.ContactWindowHours);
        AtMost(failures, nameof(options.ContactWindowHours), options.ContactWindowHours, MaxWindowMinutes / 60);
        AtMost(failures, nameof(options.ClientWindowMinutes), options.ClientWindowMinutes, MaxWindowMinutes);
        AtMost(failures, nameof(options.PrefixWindowMinutes), options.PrefixWindowMinutes, MaxWindowMinutes);
        AtLeastOne(failures, nameof(options.SignUpsPerClient), options.SignUpsPerClient);
        AtLeastOne(failures, nameof(options.ResendsPerClient), options.ResendsPerClient);
        AtLeastOne(failures, nameof(options.ManageLinksPerClient), options.ManageLinksPerClient);
        AtLeastOne(failures, nameof(options.ContactChangesPerClient), options.ContactChangesPerClient);
        AtLeastOne(failures, nameof(options.ConfirmAttemptsPerClient), options.ConfirmAttemptsPerClient);
        AtLeastOne(failures, nameof(options.ClientWindowMinutes), options.ClientWindowMinutes);
        AtLeastOne(failures, nameof(options.CodesPerNumberPrefix), options.CodesPerNumberPrefix);
        AtLeastOne(failures, nameof(options.PrefixWindowMinutes), options.PrefixWindowMinutes);
        AtLeastOne(failures, nameof(options.ConfirmationSmsPerDay), options.ConfirmationSmsPerDay);
        failures.AddRange(SettingRange.Failures(options, RateLimitOptions.SectionName));

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void AtMost(List<string> failures, string property, int value, int max)
    {
        if (value > max)
        {
            failures.Add($"Setting '{RateLimitOptions.SectionName}:{property}' is {value}: it must be at most {max} (31 days).");
        }
    }

    private static void AtLeastOne(List<string> failures, string property, int value)
    {
        if (value < 1)
        {
            failures.Add($"Setting '{RateLimitOptions.SectionName}:{property}' is {value}: it must be at least 1.");
        }
    }
}
