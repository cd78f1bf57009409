using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace NewsAlerts.ServiceBusEmulator.Security;

/// <summary>
/// Verifies a Service Bus SAS token (<c>SharedAccessSignature sr=..&amp;sig=..&amp;se=..&amp;skn=..</c>): the
/// key name, the HMAC-SHA256 signature of <c>sr + "\n" + se</c> under the configured key, and the expiry.
/// </summary>
internal sealed class SasTokenValidator(string keyName, string key, TimeProvider time)
{
    private readonly byte[] keyBytes = Encoding.UTF8.GetBytes(key);

    /// <summary>Returns the granted audience (decoded <c>sr</c>) and expiry, or the reason the token is refused.</summary>
    public SasValidation Validate(string? token)
    {
        const string Prefix = "SharedAccessSignature ";
        if (token is null || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return SasValidation.Refused("The token is not a SharedAccessSignature.");
        }

        string? resource = null, signature = null, expiry = null, name = null;
        foreach (var part in token[Prefix.Length..].Split('&'))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var value = part[(equals + 1)..];
            switch (part[..equals])
            {
                case "sr": resource = value; break;
                case "sig": signature = value; break;
                case "se": expiry = value; break;
                case "skn": name = value; break;
                default: break;
            }
        }

        if (resource is null || signature is null || expiry is null || name is null)
        {
            return SasValidation.Refused("The token lacks sr, sig, se or skn.");
        }

        if (!string.Equals(WebUtility.UrlDecode(name), keyName, StringComparison.Ordinal))
        {
            return SasValidation.Refused($"Unknown key name '{WebUtility.UrlDecode(name)}'.");
        }

        if (!long.TryParse(expiry, NumberStyles.Integer, CultureInfo.InvariantCulture, out var expirySeconds))
        {
            return SasValidation.Refused("The token's expiry is not a number.");
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(expirySeconds);
        if (expires <= time.GetUtcNow())
        {
            return SasValidation.Refused("The token has expired.");
        }

        var expected = HMACSHA256.HashData(keyBytes, Encoding.UTF8.GetBytes(resource + "\n" + expiry));
        byte[] presented;
        try
        {
            presented = Convert.FromBase64String(WebUtility.UrlDecode(signature));
        }
        catch (FormatException)
        {
            return SasValidation.Refused("The signature is not base64.");
        }

        return CryptographicOperations.FixedTimeEquals(expected, presented)
            ? SasValidation.Granted(WebUtility.UrlDecode(resource), expires)
            : SasValidation.Refused("The signature does not match the key.");
    }
}
