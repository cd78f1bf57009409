namespace NewsAlerts.Azure;

using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;

/// <summary>Fails start-up with one message naming the missing or invalid setting.</summary>
public sealed class AlertsOptionsValidator : IValidateOptions<AlertsOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AlertsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.PublicBaseUrl is not { IsAbsoluteUri: true } url || url.Scheme is not ("https" or "http"))
        {
            return ValidateOptionsResult.Fail("Setting 'Alerts:PublicBaseUrl' is missing or not an absolute http(s) URL.");
        }

        if (SigningKeyBytes(options) is not { Length: >= 32 })
        {
            return ValidateOptionsResult.Fail("Setting 'Alerts:SigningKey' is missing or is not base64 of at least 32 bytes.");
        }

        return options.IndexRefreshSeconds is < 1 or > 300
            ? ValidateOptionsResult.Fail("Setting 'Alerts:IndexRefreshSeconds' must be from 1 to 300.")
            : ValidateOptionsResult.Success;
    }

    /// <summary>The signing key's bytes, or null when it is not valid base64.</summary>
    public static byte[]? SigningKeyBytes(AlertsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            return string.IsNullOrWhiteSpace(options.SigningKey) ? null : Convert.FromBase64String(options.SigningKey);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
