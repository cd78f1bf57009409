namespace NewsAlerts.Core.Feeds;

using System.Net;
using System.Net.Sockets;

/// <summary>
/// Which addresses a feed may be fetched from: public unicast only. Refused: unspecified, loopback (unless the
/// <c>dev</c> or test setting allows it), private (RFC 1918, IPv6 unique local), carrier-grade NAT, link-local and the
/// cloud metadata endpoints (169.254.169.254, fd00:ec2::254; refused even when loopback is allowed), multicast,
/// broadcast, reserved and documentation ranges, and IPv6 forms that carry an IPv4 address (IPv4-mapped, NAT64,
/// 6to4, IPv4-compatible), which are judged by the address they carry.
/// </summary>
public static class AddressPolicy
{
    private static readonly (IPAddress Network, int Prefix, string Reason)[] V4Refused =
    [
        (IPAddress.Parse("0.0.0.0"), 8, "unspecified"),
        (IPAddress.Parse("10.0.0.0"), 8, "private"),
        (IPAddress.Parse("100.64.0.0"), 10, "carrier-grade NAT"),
        (IPAddress.Parse("127.0.0.0"), 8, "loopback"),
        (IPAddress.Parse("169.254.0.0"), 16, "link-local"),
        (IPAddress.Parse("172.16.0.0"), 12, "private"),
        (IPAddress.Parse("192.0.0.0"), 24, "reserved"),
        (IPAddress.Parse("192.0.2.0"), 24, "documentation"),
        (IPAddress.Parse("192.88.99.0"), 24, "reserved"),
        (IPAddress.Parse("192.168.0.0"), 16, "private"),
        (IPAddress.Parse("198.18.0.0"), 15, "reserved"),
        (IPAddress.Parse("198.51.100.0"), 24, "documentation"),
        (IPAddress.Parse("203.0.113.0"), 24, "documentation"),
        (IPAddress.Parse("224.0.0.0"), 4, "multicast"),
        (IPAddress.Parse("240.0.0.0"), 4, "reserved"),
    ];

    private static readonly (IPAddress Network, int Prefix, string Reason)[] V6Refused =
    [
        (IPAddress.Parse("::"), 128, "unspecified"),
        (IPAddress.Parse("::1"), 128, "loopback"),
        (IPAddress.Parse("100::"), 64, "reserved"),
        (IPAddress.Parse("2001::"), 32, "reserved"),
        (IPAddress.Parse("2001:db8::"), 32, "documentation"),
        (IPAddress.Parse("fc00::"), 7, "private"),
        (IPAddress.Parse("fe80::"), 10, "link-local"),
        (IPAddress.Parse("fec0::"), 10, "private"),
        (IPAddress.Parse("ff00::"), 8, "multicast"),
    ];

    private static readonly IPAddress[] Metadata = [IPAddress.Parse("169.254.169.254"), IPAddress.Parse("fd00:ec2::254")];

    /// <summary>Why <paramref name="address"/> is refused, or null when a feed may be fetched from it.</summary>
    /// <param name="address">A resolved address.</param>
    /// <param name="allowLoopback">True only in <c>dev</c> and tests, where the feed server runs on 127.0.0.1.</param>
    /// <returns>A reason such as <c>private</c>, <c>loopback</c> or <c>metadata</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    public static string? Refusal(IPAddress address, bool allowLoopback)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            return Refusal(address.MapToIPv4(), allowLoopback);
        }

        if (Embedded(address) is { } carried)
        {
            return Refusal(carried, allowLoopback);
        }

        if (Metadata.Any(m => m.Equals(address)))
        {
            return "metadata";
        }

        var ranges = address.AddressFamily == AddressFamily.InterNetwork ? V4Refused : V6Refused;
        if (address.AddressFamily == AddressFamily.InterNetwork && address.Equals(IPAddress.Broadcast))
        {
            return "broadcast";
        }

        foreach (var (network, prefix, reason) in ranges)
        {
            if (new IPNetwork(network, prefix).Contains(address))
            {
                return reason == "loopback" && allowLoopback ? null : reason;
            }
        }

        return address.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6 ? null : "not an IP address";
    }

    // IPv6 forms whose packets reach an IPv4 address: NAT64 (64:ff9b::/96), 6to4 (2002::/16), IPv4-compatible (::/96).
    private static IPAddress? Embedded(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return null;
        }

        var bytes = address.GetAddressBytes();
        if (new IPNetwork(IPAddress.Parse("64:ff9b::"), 96).Contains(address) || new IPNetwork(IPAddress.Parse("64:ff9b:1::"), 48).Contains(address))
        {
            return new IPAddress(bytes.AsSpan(12, 4));
        }

        if (bytes[0] == 0x20 && bytes[1] == 0x02)
        {
            return new IPAddress(bytes.AsSpan(2, 4));
        }

        return bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && bytes.AsSpan(12).IndexOfAnyExcept((byte)0) >= 0 && !address.Equals(IPAddress.IPv6Loopback)
            ? new IPAddress(bytes.AsSpan(12, 4))
            : null;
    }
}
