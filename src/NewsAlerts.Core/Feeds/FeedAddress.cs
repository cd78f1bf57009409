namespace NewsAlerts.Core.Feeds;

using System.Globalization;
using System.Text;

/// <summary>
/// The one spelling of a feed URL that the registry keeps unique, so a feed registered twice under two spellings
/// (<c>https://x.test/feed</c> and <c>HTTPS://X.test:443/feed/#a</c>) is refused the second time instead of alerting
/// every subscriber twice.
/// </summary>
/// <remarks>
/// The syntax-based normalisation of RFC 3986 §6.2.2 and the scheme-based one of §6.2.3: scheme and host lower-cased,
/// an internationalised host in its Punycode form, a host's trailing dot dropped (<c>x.test.</c> names the same DNS
/// name), the default port dropped, percent-encoded unreserved characters decoded and every other escape in upper
/// case, dot segments removed, an empty path as <c>/</c>, an empty query dropped, the fragment dropped (never sent to
/// the server). One rule goes beyond the RFC: a trailing <c>/</c> after a non-empty path is dropped, because feed
/// servers (WordPress's <c>/feed</c> and <c>/feed/</c> among them) serve the same feed at both. The scheme stays:
/// <c>http</c> and <c>https</c> may differ.
/// </remarks>
public static class FeedAddress
{
    /// <summary>The normalised form of <paramref name="url"/>, e.g. <c>https://x.test/feed</c>.</summary>
    /// <param name="url">An absolute URL.</param>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="url"/> is relative.</exception>
    public static string Normalise(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            throw new ArgumentException("A feed address is an absolute URL.", nameof(url));
        }

        var result = new StringBuilder(url.OriginalString.Length);
        result.Append(url.Scheme.ToLowerInvariant()).Append("://");
        if (url.HostNameType == UriHostNameType.IPv6)
        {
            result.Append(url.Host.ToLowerInvariant());
        }
        else
        {
            result.Append(url.IdnHost.TrimEnd('.').ToLowerInvariant());
        }

        if (!url.IsDefaultPort)
        {
            result.Append(':').Append(url.Port.ToString(CultureInfo.InvariantCulture));
        }

        var path = Escapes(url.AbsolutePath);
        if (path.Length > 1 && path.EndsWith('/'))
        {
            path = path.TrimEnd('/');
        }

        result.Append(path.Length == 0 ? "/" : path);
        var query = url.Query.TrimStart('?');
        if (query.Length > 0)
        {
            result.Append('?').Append(Escapes(query));
        }

        return result.ToString();
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> name the same feed.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool Same(Uri a, Uri b) => string.Equals(Normalise(a), Normalise(b), StringComparison.Ordinal);

    // RFC 3986 §6.2.2.2: an escaped unreserved character is the character; other escapes are compared in upper case.
    // Characters outside ASCII (left raw by some Uri forms) are escaped as their UTF-8 bytes.
    private static string Escapes(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%' && i + 2 < text.Length && IsHex(text[i + 1]) && IsHex(text[i + 2]))
            {
                var value = (char)Convert.ToByte(text.Substring(i + 1, 2), 16);
                if (IsUnreserved(value))
                {
                    result.Append(value);
                }
                else
                {
                    result.Append('%').Append(char.ToUpperInvariant(text[i + 1])).Append(char.ToUpperInvariant(text[i + 2]));
                }

                i += 2;
            }
            else if (c > 0x7F || char.IsControl(c) || c == ' ')
            {
                var length = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
                foreach (var b in Encoding.UTF8.GetBytes(text.Substring(i, length)))
                {
                    result.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }

                i += length - 1;
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static bool IsUnreserved(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';
}
