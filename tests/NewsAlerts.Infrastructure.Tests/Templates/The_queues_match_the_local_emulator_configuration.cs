namespace NewsAlerts.Infrastructure.Tests.Templates;

using System.Text.Json.Nodes;
using NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>
/// The queues in Azure behave like the ones the end-to-end tests run against (infra/local/servicebus-config.json), and
/// the Dispatcher gives up on a batch, with its reasons, before the broker would dead-letter it blindly.
/// </summary>
public sealed class The_queues_match_the_local_emulator_configuration
{
    private static readonly (string Local, string Azure)[] Properties =
    [
        ("LockDuration", "lockDuration"),
        ("MaxDeliveryCount", "maxDeliveryCount"),
        ("DefaultMessageTimeToLive", "defaultMessageTimeToLive"),
        ("DeadLetteringOnMessageExpiration", "deadLetteringOnMessageExpiration"),
        ("RequiresDuplicateDetection", "requiresDuplicateDetection"),
        ("DuplicateDetectionHistoryTimeWindow", "duplicateDetectionHistoryTimeWindow"),
    ];

    [Fact]
    public async Task Same_queues_with_the_same_delivery_settings()
    {
        var azure = (await MainTemplate.CompileAsync()).Single("Microsoft.ServiceBus/namespaces/queues").Copies()
            .ToDictionary(c => c.Name, c => c.Properties, StringComparer.Ordinal);
        var local = LocalQueues();

        Assert.Equal(local.Keys.Order(StringComparer.Ordinal), azure.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, properties) in local)
        {
            foreach (var (localName, azureName) in Properties)
            {
                Assert.True(
                    JsonNode.DeepEquals(properties[localName], azure[name][azureName]),
                    $"Queue {name}: {azureName} is {azure[name][azureName]?.ToJsonString()} in Azure but {localName} is {properties[localName]?.ToJsonString()} locally.");
            }
        }
    }

    [Fact]
    public async Task The_dispatcher_dead_letters_with_its_reasons_before_the_broker_gives_up()
    {
        var template = await MainTemplate.CompileAsync();
        var maxAttempts = template.Json["variables"]?["dispatcherMaxAttempts"]?.GetValue<int>();
        var queues = template.Single("Microsoft.ServiceBus/namespaces/queues").Copies();

        Assert.NotNull(maxAttempts);
        Assert.All(queues, q => Assert.True(q.Properties["maxDeliveryCount"]!.GetValue<int>() > maxAttempts, $"Queue {q.Name}: maxDeliveryCount must exceed Dispatcher__MaxAttempts ({maxAttempts})."));
    }

    private static Dictionary<string, JsonObject> LocalQueues()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Infra, "local", "servicebus-config.json")))!;
        return (config["UserConfig"]!["Namespaces"]![0]!["Queues"] as JsonArray ?? [])
            .ToDictionary(q => q!["Name"]!.GetValue<string>(), q => q!["Properties"]!.AsObject(), StringComparer.Ordinal);
    }
}
