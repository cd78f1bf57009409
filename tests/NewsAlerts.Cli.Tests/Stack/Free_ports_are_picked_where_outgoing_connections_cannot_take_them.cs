namespace NewsAlerts.Cli.Tests.Stack;

using System.Globalization;
using System.Net;
using System.Net.Sockets;
using NewsAlerts.Cli.Stack;

public sealed class Free_ports_are_picked_where_outgoing_connections_cannot_take_them
{
    [Fact]
    public void Picked_ports_lie_below_the_kernels_ephemeral_range()
    {
        var ephemeralLow = int.Parse(
            File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[0],
            CultureInfo.InvariantCulture);

        var ports = Enumerable.Range(0, 50).Select(_ => Ports.FindFree()).ToList();

        Assert.All(ports, p => Assert.InRange(p, 1024, ephemeralLow - 1));
    }

    [Fact]
    public void A_port_is_never_handed_out_twice_by_one_process()
    {
        var ports = Enumerable.Range(0, 500).Select(_ => Ports.FindFree()).ToList();

        Assert.Equal(ports.Count, ports.Distinct().Count());
    }

    [Fact]
    public void A_picked_port_is_bindable_and_a_held_one_is_reported_taken()
    {
        var port = Ports.FindFree();
        using var holder = new TcpListener(IPAddress.Loopback, port);
        holder.Start();

        Assert.False(Ports.IsFree(port));
        holder.Stop();
        Assert.True(Ports.IsFree(port));
    }
}
