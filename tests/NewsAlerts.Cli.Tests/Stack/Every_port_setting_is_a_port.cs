namespace NewsAlerts.Cli.Tests.Stack;

using NewsAlerts.Cli.LocalHost;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Cli.Stack;

public sealed class Every_port_setting_is_a_port
{
    [Fact]
    public void The_default_ports_and_zero_pass()
    {
        Assert.Empty(SettingRange.Failures(new StackOptions(), "Stack"));
        Assert.Empty(SettingRange.Failures(new LocalHostOptions { Port = 0 }, "LocalHost"));
        Assert.Empty(SettingRange.Failures(new LocalHostOptions { Port = 65535 }, "LocalHost"));
    }

    [Fact]
    public void Each_port_outside_the_range_is_named_by_its_setting()
    {
        var options = new StackOptions();
        options.Azurite.BlobPort = 65536;
        options.Smtp4dev.Pop3Port = -1;
        options.FeedServer.Port = int.MaxValue;

        Assert.Equal(
            [
                "Stack:Azurite:BlobPort: 65536 is not a port from 0 to 65535 (0 picks a free one)",
                "Stack:Smtp4dev:Pop3Port: -1 is not a port from 0 to 65535 (0 picks a free one)",
                $"Stack:FeedServer:Port: {int.MaxValue} is not a port from 0 to 65535 (0 picks a free one)",
            ],
            SettingRange.Failures(options, "Stack"));
    }

    [Fact]
    public void Every_int_port_of_the_stack_declares_its_range()
    {
        var ports = typeof(StackOptions).GetNestedTypes().SelectMany(t => t.GetProperties()).Append(typeof(LocalHostOptions).GetProperty(nameof(LocalHostOptions.Port))!)
            .Where(p => p.PropertyType == typeof(int) && p.Name.EndsWith("Port", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(ports);
        Assert.All(ports, p => Assert.Equal(new SettingRange(0, 65535) { Must = "a port from 0 to 65535 (0 picks a free one)" }, SettingRange.Of(p)));
    }
}
