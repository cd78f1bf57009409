namespace NewsAlerts.Core.Feeds.WebSub;

using System.Security.Cryptography;
using System.Text;

/// <summary>
/// <c>X-Hub-Signature</c> (WebSub §8): <c>method=hex</c>, the HMAC of the raw body keyed by the subscription's secret,
/// with <c>sha1</c>, <c>sha256</c>, <c>sha384</c> or <c>sha512</c>.
/// </summary>
public static class WebSubSignature
{
    /// <summary>
    /// Whether <paramref name="header"/> is a valid signature of <paramref name="body"/> with <paramref name="secret"/>;
    /// false for a missing, malformed or unknown-method header. The digests are compared in constant time.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="secret"/> is null.</exception>
    public static bool IsValid(string? header, ReadOnlySpan<byte> body, string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var at = header?.IndexOf('=', StringComparison.Ordinal) ?? -1;
        if (header is null || at <= 0)
        {
            return false;
        }

        var method = header[..at].Trim().ToLowerInvariant();
        if (Digest(method, body, secret) is not { } expected)
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(header[(at + 1)..].Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>The header value signing <paramref name="body"/> with <paramref name="secret"/> (a hub's side, and tests').</summary>
    /// <exception cref="ArgumentException"><paramref name="method"/> is not sha1, sha256, sha384 or sha512.</exception>
    public static string Sign(string method, ReadOnlySpan<byte> body, string secret)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(secret);
        var digest = Digest(method, body, secret) ?? throw new ArgumentException($"unknown method '{method}'", nameof(method));
        return $"{method}={Convert.ToHexStringLower(digest)}";
    }

    private static byte[]? Digest(string method, ReadOnlySpan<byte> body, string secret)
    {
        var key = Encoding.UTF8.GetBytes(secret);
        return method switch
        {
#pragma warning disable CA5350 // sha1 is what older hubs sign with; WebSub still allows it.
            "sha1" => HMACSHA1.HashData(key, body),
#pragma warning restore CA5350
            "sha256" => HMACSHA256.HashData(key, body),
            "sha384" => HMACSHA384.HashData(key, body),
            "sha512" => HMACSHA512.HashData(key, body),
            _ => null,
        };
    }
}
