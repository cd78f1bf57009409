namespace NewsAlerts.Core.Subscribers;

using System.Security.Cryptography;
using System.Text;

/// <summary>
/// Optimistic concurrency for changes a person or client asks for against what they saw: the preference centre's
/// forms carry the version they were rendered from, the API answers an <c>ETag</c> and honours <c>If-Match</c>.
/// A change asked against a version that is no longer the stored one is not written (a form opened hours ago must not
/// undo a STOP, or a change made in another tab or by the API since). The tag is a strong entity tag (RFC 9110 §8.8.3)
/// made from the store's opaque version (a Table row's ETag, which is weak-looking and so could never match
/// <c>If-Match</c>'s strong comparison as it is).
/// </summary>
public static class SubscriberVersions
{
    /// <summary>
    /// What a page form without a version stands for: it was rendered before versions were carried, so it matches no
    /// version and writes nothing.
    /// </summary>
    public const string Missing = "\"\"";

    /// <summary>The strong entity tag of a stored version, quoted: <c>"</c> + 22 base64url characters + <c>"</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="version"/> is null.</exception>
    public static string TagOf(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(version));
        return "\"" + Convert.ToBase64String(hash, 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"";
    }

    /// <summary>
    /// Whether a change asked against <paramref name="expected"/> may be written onto the stored
    /// <paramref name="current"/> version: yes when nothing is expected (null or blank: no <c>If-Match</c>) or
    /// <c>*</c>, or when one of the listed tags (<c>"a", "b"</c>) is <see cref="TagOf"/> the current version; a weak
    /// tag (<c>W/"…"</c>) never matches (If-Match compares strongly, RFC 9110 §13.1.1).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is null.</exception>
    public static bool Allows(string? expected, string current)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (string.IsNullOrWhiteSpace(expected))
        {
            return true;
        }

        var tag = TagOf(current);
        return expected.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(t => t == "*" || string.Equals(t, tag, StringComparison.Ordinal));
    }
}
