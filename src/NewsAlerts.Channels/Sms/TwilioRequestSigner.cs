namespace NewsAlerts.Channels.Sms;

using System.Security.Cryptography;
using System.Text;

/// <summary>
/// Computes <c>X-Twilio-Signature</c> as Twilio does: Base64 of HMAC-SHA1, keyed with the auth token, over the full
/// URL followed by each form parameter's name and value, sorted by name (ordinal). The SMS sink signs its callbacks
/// with it; tests sign requests to the app's webhooks.
/// </summary>
public sealed class TwilioRequestSigner(string authToken)
{
    /// <summary>The header Twilio puts the signature in.</summary>
    public const string HeaderName = "X-Twilio-Signature";

    /// <summary>The signature of a POST to <paramref name="url"/> with form <paramref name="form"/>.</summary>
    public string Sign(Uri url, IEnumerable<KeyValuePair<string, string>> form)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(form);
        var data = new StringBuilder(url.OriginalString);
        foreach (var (key, value) in form.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            data.Append(key).Append(value);
        }

        var mac = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()));
        return Convert.ToBase64String(mac);
    }
}
