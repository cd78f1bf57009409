namespace NewsAlerts.Core.Tests.Feeds;

using System.Net;
using System.Net.Sockets;
using NewsAlerts.Core.Feeds;

public sealed class Feed_addresses_are_guarded
{
    [Theory]
    [InlineData("10.1.2.3", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.8.9.10", "loopback")]
    [InlineData("169.254.1.1", "link-local")]
    [InlineData("169.254.169.254", "metadata")]
    [InlineData("100.64.0.1", "carrier-grade NAT")]
    [InlineData("100.127.255.255", "carrier-grade NAT")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("239.255.255.250", "multicast")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("240.0.0.1", "reserved")]
    [InlineData("192.0.2.10", "documentation")]
    [InlineData("::", "unspecified")]
    [InlineData("::1", "loopback")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("fd00:ec2::254", "metadata")]
    [InlineData("fd12:3456::1", "private")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("::ffff:10.0.0.1", "private")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:169.254.169.254", "metadata")]
    [InlineData("64:ff9b::a00:1", "private")]
    [InlineData("2002:c0a8:0101::1", "private")]
    [InlineData("::10.0.0.1", "private")]
    public void A_non_public_address_is_refused_with_its_reason(string address, string reason)
    {
        Assert.Equal(reason, AddressPolicy.Refusal(IPAddress.Parse(address), allowLoopback: false));
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.0")]
    [InlineData("172.32.0.1")]
    [InlineData("2606:2800:21f:cb07:6820:80da:af6b:8b2c")]
    [InlineData("::ffff:8.8.8.8")]
    public void A_public_address_is_allowed(string address)
    {
        Assert.Null(AddressPolicy.Refusal(IPAddress.Parse(address), allowLoopback: false));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.42")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void Loopback_is_allowed_only_when_the_setting_says_so(string address)
    {
        Assert.Null(AddressPolicy.Refusal(IPAddress.Parse(address), allowLoopback: true));
    }

    [Theory]
    [InlineData("169.254.169.254")]
    [InlineData("10.0.0.1")]
    [InlineData("fd00:ec2::254")]
    public void Allowing_loopback_allows_nothing_else(string address)
    {
        Assert.NotNull(AddressPolicy.Refusal(IPAddress.Parse(address), allowLoopback: true));
    }

    private static FeedUrlGuard Guard(bool allowLoopback, params string[] addresses) =>
        new((host, _) => host == "nowhere.example"
            ? Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound))
            : Task.FromResult(addresses.Select(IPAddress.Parse).ToArray()), allowLoopback);

    [Fact]
    public async Task A_name_resolving_to_a_public_address_is_allowed()
    {
        Assert.Null(await Guard(false, "93.184.215.14").RefusalAsync(new Uri("https://news.example/feed"), CancellationToken.None));
    }

    [Fact]
    public async Task A_name_with_one_private_address_among_public_ones_is_refused()
    {
        var reason = await Guard(false, "93.184.215.14", "10.0.0.5").RefusalAsync(new Uri("https://news.example/feed"), CancellationToken.None);
        Assert.Equal("resolves to a private address (10.0.0.5)", reason);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/", "metadata")]
    [InlineData("http://[::ffff:a00:1]/feed", "private")]
    [InlineData("http://127.0.0.1:8080/feed", "loopback")]
    public async Task An_address_literal_is_judged_without_a_lookup(string url, string reason)
    {
        var refusal = await Guard(false).RefusalAsync(new Uri(url), CancellationToken.None);
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0/x", "resolves to an unspecified address (0.0.0.0)")]
    [InlineData("http://127.0.0.1/x", "resolves to a loopback address (127.0.0.1)")]
    [InlineData("http://224.0.0.1/x", "resolves to a multicast address (224.0.0.1)")]
    [InlineData("http://[::]/x", "resolves to an unspecified address (::)")]
    public async Task A_refusal_reads_with_the_right_article(string url, string reason)
    {
        // Trial r33 #8: "resolves to a unspecified address".
        Assert.Equal(reason, await Guard(false).RefusalAsync(new Uri(url), CancellationToken.None));
    }

    [Theory]
    [InlineData("ftp://news.example/feed")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://user:secret@news.example/feed")]
    [InlineData("https://nowhere.example/feed")]
    public async Task Other_schemes_credentials_and_unknown_hosts_are_refused(string url)
    {
        Assert.NotNull(await Guard(false, "93.184.215.14").RefusalAsync(new Uri(url), CancellationToken.None));
    }

    [Fact]
    public async Task Localhost_is_allowed_in_dev_and_tests_only()
    {
        var url = new Uri("http://localhost:7071/feed");
        Assert.NotNull(await Guard(false, "127.0.0.1").RefusalAsync(url, CancellationToken.None));
        Assert.Null(await Guard(true, "127.0.0.1", "::1").RefusalAsync(url, CancellationToken.None));
    }
}
