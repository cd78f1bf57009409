namespace NewsAlerts.Channels.Feeds;

using System.Net.Http;

/// <summary>
/// Why a request to a feed or a hub failed below HTTP, in words for the feed's health (<c>lastError</c>) and the log, not
/// the <see cref="HttpRequestError"/> name (<c>NameResolutionError</c>) an editor cannot read (session 44).
/// </summary>
public static class NetworkErrorWords
{
    /// <summary>The words for <paramref name="error"/>; every value has its own, an unknown one says "network error".</summary>
    public static string Of(HttpRequestError error) => error switch
    {
        HttpRequestError.NameResolutionError => "the host name could not be resolved",
        HttpRequestError.ConnectionError => "the connection could not be made or was reset",
        HttpRequestError.SecureConnectionError => "the secure (TLS) connection could not be set up",
        HttpRequestError.HttpProtocolError => "the server broke the HTTP protocol",
        HttpRequestError.ExtendedConnectNotSupported => "the server does not support this kind of connection",
        HttpRequestError.VersionNegotiationError => "the server does not speak a usable HTTP version",
        HttpRequestError.UserAuthenticationError => "the server asked for credentials",
        HttpRequestError.ProxyTunnelError => "the proxy could not reach the server",
        HttpRequestError.InvalidResponse => "the answer was not valid HTTP",
        HttpRequestError.ResponseEnded => "the answer ended early",
        HttpRequestError.ConfigurationLimitExceeded => "the answer's headers were too large",
        _ => "network error",
    };
}
