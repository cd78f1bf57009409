namespace NewsAlerts.Functions.Feeds;

using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Feeds;

/// <summary>
/// Fails start-up with one line naming each <c>Feeds:*</c> setting outside the range declared on <see cref="FeedOptions"/>
/// (<see cref="SettingRange"/>: <c>Feeds:MinIntervalSeconds: 0 is not a whole number from 1 to 3600</c>), and a contact
/// URL that is not absolute http(s).
/// </summary>
public sealed class FeedOptionsValidator : IValidateOptions<FeedOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, FeedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        failures.AddRange(SettingRange.Failures(options, FeedOptions.SectionName));
        if (options.ContactUrl is { } contact && (!contact.IsAbsoluteUri || contact.Scheme is not ("http" or "https")))
        {
            failures.Add($"Setting '{FeedOptions.SectionName}:{nameof(options.ContactUrl)}' must be an absolute http or https URL.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
