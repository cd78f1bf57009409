namespace NewsAlerts.Core.RateLimits;

using System.Net;
using System.Net.Sockets;

/// <summary>
/// The address a per-client limit counts, as a pure function of what the request carries. Behind
/// <c>hops</c> proxies that each append the address they saw to <c>X-Forwarded-For</c> (Azure's front end: 1), the
/// entry <c>hops</c> from the right is the first one a client cannot write: anything left of it came from the client.
/// IPv6 addresses count by their /64, the block one customer usually gets.
/// </summary>
public static class ClientAddress
{
    /// <summary>The key for <paramref name="socket"/> (hops 0) or the trusted <c>X-Forwarded-For</c> entry.</summary>
    /// <param name="socket">The connection's remote address (null when unknown).</param>
    /// <param name="forwardedFor">Every <c>X-Forwarded-For</c> header value, in order (may be empty).</param>
    /// <param name="hops">How many proxies append to the header (0: use the socket address).</param>
    /// <returns>An address such as <c>203.0.113.5</c> or <c>2001:db8:1:2::/64</c>; <c>unknown</c> when there is none to trust.</returns>
    public static string Of(IPAddress? socket, IReadOnlyList<string> forwardedFor, int hops)
    {
        ArgumentNullException.ThrowIfNull(forwardedFor);
        if (hops <= 0)
        {
            return socket is null ? "unknown" : Key(socket);
        }

        var entries = forwardedFor.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        return entries.Count >= hops && Parse(entries[^hops]) is { } address ? Key(address) : "unknown";
    }

    // "203.0.113.5", "203.0.113.5:54321" (Azure adds the port), "2001:db8::1", "[2001:db8::1]:443".
    private static IPAddress? Parse(string entry)
    {
        if (IPAddress.TryParse(entry, out var plain))
        {
            return plain;
        }

        return IPEndPoint.TryParse(entry, out var endPoint) ? endPoint.Address : null;
    }

    private static string Key(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
