namespace NewsAlerts.Core.Feeds;

using System.Net;
using System.Net.Sockets;

/// <summary>
/// Checks a feed URL before it is registered or fetched, and each redirect target: http or https, no user
/// information, and every address its host resolves to allowed by <see cref="AddressPolicy"/> (one refused address
/// refuses the URL, so a name that resolves to a public and a private address cannot be used to reach the private one).
/// </summary>
/// <param name="resolve">Resolves a host name to its addresses (in production <see cref="Dns.GetHostAddressesAsync(string, CancellationToken)"/>).</param>
/// <param name="allowLoopback">True only in <c>dev</c> and tests.</param>
public sealed class FeedUrlGuard(Func<string, CancellationToken, Task<IPAddress[]>> resolve, bool allowLoopback)
{
    /// <summary>Whether loopback addresses are allowed.</summary>
    public bool AllowsLoopback => allowLoopback;

    /// <summary>Why <paramref name="url"/> is refused (for a problem+json <c>url</c> field), or null when it may be fetched.</summary>
    /// <param name="url">An absolute URL.</param>
    /// <param name="cancellationToken">Cancels the name lookup.</param>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public async Task<string?> RefusalAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            return "must be an absolute http or https URL";
        }

        if (url.UserInfo.Length > 0)
        {
            return "must not carry a user name or password";
        }

        IPAddress[] addresses;
        if (IPAddress.TryParse(url.IdnHost, out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await resolve(url.IdnHost, cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException exception)
            {
                return $"host '{url.IdnHost}' could not be resolved ({exception.SocketErrorCode})";
            }
        }

        if (addresses.Length == 0)
        {
            return $"host '{url.IdnHost}' has no address";
        }

        foreach (var address in addresses)
        {
            if (AddressPolicy.Refusal(address, allowLoopback) is { } reason)
            {
                return $"resolves to {Words.EnglishArticle.With(reason)} address ({address})";
            }
        }

        return null;
    }
}
