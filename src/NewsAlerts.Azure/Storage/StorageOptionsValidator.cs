namespace NewsAlerts.Azure.Storage;

using Microsoft.Extensions.Options;
using NewsAlerts.Core.Dispatch;

/// <summary>Fails start-up with one message naming the missing setting.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.TablePrefix.Length > 20 || !options.TablePrefix.All(char.IsAsciiLetterOrDigit) || options.TablePrefix.Length > 0 && !char.IsAsciiLetter(options.TablePrefix[0]))
        {
            return ValidateOptionsResult.Fail("Setting 'Storage:TablePrefix' must be up to 20 letters and digits, starting with a letter.");
        }

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            // Every queued message is stamped with its storage's account (StorageScope), so the string must name one.
            try
            {
                _ = StorageAccountName.FromConnectionString(options.ConnectionString);
                return ValidateOptionsResult.Success;
            }
            catch (FormatException ex)
            {
                return ValidateOptionsResult.Fail($"Setting 'Storage:ConnectionString' {ex.Message}");
            }
        }

        if (options.TableServiceUri is null || options.BlobServiceUri is null)
        {
            return ValidateOptionsResult.Fail(
                "Setting 'Storage:ConnectionString' is missing (or set both 'Storage:TableServiceUri' and 'Storage:BlobServiceUri' to use the managed identity).");
        }

        return options.TableServiceUri.IsAbsoluteUri && options.BlobServiceUri.IsAbsoluteUri
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Settings 'Storage:TableServiceUri' and 'Storage:BlobServiceUri' must be absolute URIs.");
    }
}
