namespace NewsAlerts.Cli.Tests.Operations;

using Microsoft.Extensions.Configuration;
using NewsAlerts.Cli.Operations;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;

/// <summary>
/// Trial s43 #10: beside a running <c>dev</c>, <c>newsalerts deliveries</c> and <c>dlq</c> failed with "Setting
/// 'Storage:ConnectionString' is missing", and printed <c>1 heldbycap</c> where the console says "Held by the daily cap".
/// Given no storage or Service Bus setting, they take the local stack's from its state file (the ports of the services
/// it records) and say so in one line; the states read as the console words them.
/// </summary>
public sealed class Operator_tools_find_the_local_stack_and_say_states_in_words
{
    private static readonly IReadOnlyDictionary<string, ServiceRecord> Running = new Dictionary<string, ServiceRecord>
    {
        ["azurite"] = new("azurite", 1, DateTimeOffset.UnixEpoch, new Dictionary<string, int>
        {
            ["Stack:Azurite:BlobPort"] = 41000, ["Stack:Azurite:QueuePort"] = 41001, ["Stack:Azurite:TablePort"] = 41002,
        }),
        ["servicebus"] = new("servicebus", 2, DateTimeOffset.UnixEpoch, new Dictionary<string, int> { ["Stack:ServiceBus:Port"] = 41672 }),
    };

    [Fact]
    public void No_setting_given_takes_the_stacks_ports_and_says_so_in_one_line()
    {
        var (settings, line) = LocalStackSettings.From(Configuration(), Running, "/data");

        Assert.Contains("TableEndpoint=http://127.0.0.1:41002/devstoreaccount1", settings["Storage:ConnectionString"], StringComparison.Ordinal);
        Assert.Equal(new ServiceBusEmulatorService(41672).ConnectionString, settings["ServiceBus:ConnectionString"]);
        Assert.NotNull(line);
        Assert.DoesNotContain('\n', line);
        Assert.StartsWith("using the local stack in /data (Azurite tables on 127.0.0.1:41002, the Service Bus emulator on 127.0.0.1:41672)", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Storage:ConnectionString", "UseDevelopmentStorage=true")]
    [InlineData("Storage:TableServiceUri", "https://x.table.core.windows.net")]
    public void A_storage_setting_given_is_kept_and_only_service_bus_comes_from_the_stack(string setting, string value)
    {
        var (settings, line) = LocalStackSettings.From(Configuration((setting, value)), Running, "/data");

        Assert.False(settings.ContainsKey("Storage:ConnectionString"));
        Assert.True(settings.ContainsKey("ServiceBus:ConnectionString"));
        Assert.DoesNotContain("Azurite", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_setting_given_or_no_stack_running_uses_no_stack()
    {
        var given = LocalStackSettings.From(
            Configuration(("Storage:ConnectionString", "UseDevelopmentStorage=true"), ("ServiceBus:FullyQualifiedNamespace", "x.servicebus.windows.net")), Running, "/data");
        var none = LocalStackSettings.From(Configuration(), new Dictionary<string, ServiceRecord>(), "/data");

        Assert.Empty(given.Settings);
        Assert.Null(given.Line);
        Assert.Empty(none.Settings);
        Assert.Null(none.Line);
    }

    [Fact]
    public async Task States_are_written_as_the_console_words_them()
    {
        var report = DeliveryReport.From("urn:x", [
            new LedgerEntry("s1", Channel.Sms, LedgerState.HeldByCap, "daily sms cap of 1 reached", null),
            new LedgerEntry("s2", Channel.Sms, LedgerState.Sent, null, null),
            new LedgerEntry("s3", Channel.Email, LedgerState.DeadLettered, "provider refused", null),
        ]);
        using var writer = new StringWriter();

        await DeliveryReportText.WriteAsync(writer, report);

        var text = writer.ToString();
        Assert.Contains("Held by the daily cap 1", text, StringComparison.Ordinal);
        Assert.Contains("Sent 1", text, StringComparison.Ordinal);
        Assert.Contains("Dead-lettered 1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("heldbycap", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("deadlettered", text, StringComparison.OrdinalIgnoreCase);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
