namespace NewsAlerts.Core.Tests.RateLimits;

using System.Net;
using NewsAlerts.Core.RateLimits;

public sealed class Client_addresses_come_from_the_socket_or_the_trusted_forwarded_entry
{
    [Fact]
    public void Without_proxies_the_socket_address_counts_and_the_header_is_ignored() =>
        Assert.Equal("192.0.2.7", ClientAddress.Of(IPAddress.Parse("192.0.2.7"), ["203.0.113.9"], hops: 0));

    [Theory]
    [InlineData("203.0.113.5:54321", "203.0.113.5")]
    [InlineData("203.0.113.5", "203.0.113.5")]
    // A client writes its own X-Forwarded-For; the platform appends what it saw, so only the last entry is trusted.
    [InlineData("1.2.3.4, 198.51.100.2, 203.0.113.5:443", "203.0.113.5")]
    [InlineData("[2001:db8:1:2:3:4:5:6]:443", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:ffff::1", "2001:db8:1:2::/64")]
    [InlineData("::ffff:198.51.100.2", "198.51.100.2")]
    public void Behind_one_proxy_the_last_forwarded_entry_counts(string header, string expected) =>
        Assert.Equal(expected, ClientAddress.Of(IPAddress.Loopback, [header], hops: 1));

    [Fact]
    public void Entries_in_several_headers_are_read_in_order_and_two_hops_take_the_second_from_the_right() =>
        Assert.Equal("198.51.100.2", ClientAddress.Of(IPAddress.Loopback, ["1.2.3.4, 198.51.100.2", "10.0.0.1"], hops: 2));

    [Theory]
    [InlineData(null)]
    [InlineData("not-an-address")]
    public void A_missing_or_unreadable_trusted_entry_is_one_shared_unknown_client(string? header) =>
        Assert.Equal("unknown", ClientAddress.Of(IPAddress.Loopback, header is null ? [] : [header], hops: 1));

    [Fact]
    public void IPv6_sockets_count_by_their_64_bit_prefix() =>
        Assert.Equal(
            ClientAddress.Of(IPAddress.Parse("2001:db8:aa:bb::1"), [], 0),
            ClientAddress.Of(IPAddress.Parse("2001:db8:aa:bb:1234:5678:9abc:def0"), [], 0));
}
