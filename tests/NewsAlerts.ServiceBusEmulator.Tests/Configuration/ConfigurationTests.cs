using Azure.Messaging.ServiceBus;
using NewsAlerts.ServiceBusEmulator.Configuration;
using NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

namespace NewsAlerts.ServiceBusEmulator.Tests.Configuration;

public sealed class ConfigurationTests
{
    private const string MicrosoftShapedConfig = """
    {
      "UserConfig": {
        "Namespaces": [
          {
            "Name": "sbemulatorns",
            "Queues": [
              {
                "Name": "queue.1",
                "Properties": {
                  "DeadLetteringOnMessageExpiration": false,
                  "DefaultMessageTimeToLive": "PT1H",
                  "DuplicateDetectionHistoryTimeWindow": "PT20S",
                  "ForwardDeadLetteredMessagesTo": "",
                  "ForwardTo": "",
                  "LockDuration": "PT1M",
                  "MaxDeliveryCount": 3,
                  "RequiresDuplicateDetection": false,
                  "RequiresSession": false
                }
              }
            ],
            "Topics": []
          }
        ],
        "Logging": { "Type": "File" }
      }
    }
    """;

    [Fact]
    public async Task Emulator_started_from_a_config_file_in_Microsofts_shape_serves_its_queues()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sb-emulator-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, MicrosoftShapedConfig);
        try
        {
            await using var emulator = await ServiceBusEmulatorHost.StartAsync(new ServiceBusEmulatorOptions { ConfigPath = path }, CancellationToken.None);
            await using var client = new ServiceBusClient(emulator.ConnectionString, EmulatorFixture.ClientOptions);
            await using var sender = client.CreateSender("queue.1");
            await using var receiver = client.CreateReceiver("queue.1", new ServiceBusReceiverOptions { ReceiveMode = ServiceBusReceiveMode.ReceiveAndDelete });

            await sender.SendMessageAsync(new ServiceBusMessage("configured"));

            Assert.True(emulator.Port > 0);
            Assert.Contains($"Endpoint=sb://127.0.0.1:{emulator.Port};", emulator.ConnectionString, StringComparison.Ordinal);
            Assert.Equal("configured", (await Eventually.ReceiveOneAsync(receiver)).Body.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Config_with_an_unreadable_duration_is_refused_naming_the_entity_and_field()
    {
        var json = """{ "UserConfig": { "Namespaces": [ { "Name": "n", "Queues": [ { "Name": "q", "Properties": { "LockDuration": "one minute" } } ] } ] } }""";

        var error = Assert.Throws<InvalidDataException>(() => EmulatorConfigReader.Parse(json));

        Assert.Contains("q: LockDuration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_with_an_invalid_sql_rule_is_refused_naming_the_rule()
    {
        var json = """
        { "UserConfig": { "Namespaces": [ { "Name": "n", "Topics": [ { "Name": "t", "Subscriptions": [ { "Name": "s",
          "Rules": [ { "Name": "broken", "Properties": { "FilterType": "Sql", "SqlFilter": { "SqlExpression": "priority >" } } } ] } ] } ] } ] } }
        """;

        var error = Assert.Throws<InvalidDataException>(() => EmulatorConfigReader.Parse(json));

        Assert.Contains("rule 'broken'", error.Message, StringComparison.Ordinal);
    }
}
