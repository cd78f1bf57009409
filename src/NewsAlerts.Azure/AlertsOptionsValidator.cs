namespace NewsAlerts.Azure;

using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Subscribers;

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

        foreach (var (setting, value) in new[] { ("Alerts:SigningKey", options.SigningKey), ("Alerts:PreviousSigningKey", options.PreviousSigningKey) })
        {
            if (KeyVaultReferences.IsUnresolved(value))
            {
                return ValidateOptionsResult.Fail(KeyVaultReferences.Failure(setting));
            }
        }

        if (SigningKeyBytes(options) is not { Length: >= 32 })
        {
            return ValidateOptionsResult.Fail("Setting 'Alerts:SigningKey' is missing or is not base64 of at least 32 bytes.");
        }

        if (!string.IsNullOrWhiteSpace(options.PreviousSigningKey) && PreviousSigningKeyBytes(options) is not { Length: >= 32 })
        {
            return ValidateOptionsResult.Fail("Setting 'Alerts:PreviousSigningKey' is not base64 of at least 32 bytes (leave it empty when there is none).");
        }

        if (string.IsNullOrWhiteSpace(options.ServiceName) || options.ServiceName.Length > 30)
        {
            return ValidateOptionsResult.Fail("Setting 'Alerts:ServiceName' must be 1 to 30 characters (it starts the answer to an SMS HELP).");
        }

        if (!IsContactAddress(options.ContactAddress))
        {
            return ValidateOptionsResult.Fail("Setting 'Alerts:ContactAddress' is missing or is neither an email address nor an absolute https URL (the answer to an SMS HELP names it).");
        }

        // SmsStaleAfterMinutes, ConfirmationDeadlineSeconds, IndexRefreshSeconds: each checked against its [Range].
        var outOfRange = SettingRange.Failures(options, AlertsOptions.SectionName).ToList();
        return outOfRange.Count > 0 ? ValidateOptionsResult.Fail(outOfRange) : ValidateOptionsResult.Success;
    }

    /// <summary>The signing key's bytes, or null when it is not valid base64.</summary>
    public static byte[]? SigningKeyBytes(AlertsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return KeyBytes(options.SigningKey);
    }

    /// <summary>The previous signing key's bytes, or null when there is none or it is not valid base64.</summary>
    public static byte[]? PreviousSigningKeyBytes(AlertsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return KeyBytes(options.PreviousSigningKey);
    }

    private static bool IsContactAddress(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= 100
        && (ContactValidation.Email(value).Address is not null || Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps);

    private static byte[]? KeyBytes(string? base64)
    {
        try
        {
            return string.IsNullOrWhiteSpace(base64) ? null : Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
