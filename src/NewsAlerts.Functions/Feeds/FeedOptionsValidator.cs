namespace NewsAlerts.Functions.Feeds;

using Microsoft.Extensions.Options;
using NewsAlerts.Core.Feeds;

/// <summary>Fails start-up with one message naming each <c>Feeds:*</c> setting that is out of range.</summary>
public sealed class FeedOptionsValidator : IValidateOptions<FeedOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, FeedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Range(failures, nameof(options.MinIntervalSeconds), options.MinIntervalSeconds, 1, 3600);
        Range(failures, nameof(options.RequestTimeoutSeconds), options.RequestTimeoutSeconds, 1, 300);
        Range(failures, nameof(options.RegistrationTimeoutSeconds), options.RegistrationTimeoutSeconds, 1, 60);
        Range(failures, nameof(options.ParallelHosts), options.ParallelHosts, 1, 256);
        Range(failures, nameof(options.ParallelIngestions), options.ParallelIngestions, 1, 64);
        Range(failures, nameof(options.SeenItemsPerFeed), options.SeenItemsPerFeed, 10, 2000);
        Range(failures, nameof(options.WebSubFallbackPollMinutes), options.WebSubFallbackPollMinutes, 1, 1440);
        Range(failures, nameof(options.WebSubLeaseSeconds), options.WebSubLeaseSeconds, 60, 31_536_000);
        if (options.ContactUrl is { } contact && (!contact.IsAbsoluteUri || contact.Scheme is not ("http" or "https")))
        {
            failures.Add($"Setting '{FeedOptions.SectionName}:{nameof(options.ContactUrl)}' must be an absolute http or https URL.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Range(List<string> failures, string property, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add($"Setting '{FeedOptions.SectionName}:{property}' is {value}: it must be {min} to {max}.");
        }
    }
}
