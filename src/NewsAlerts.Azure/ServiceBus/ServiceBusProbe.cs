namespace NewsAlerts.Azure.ServiceBus;

using global::Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Options;
using NewsAlerts.Core.Health;

/// <summary>Peeks at one queue: this opens the AMQP connection, authorises, and proves the queue exists.</summary>
public sealed class ServiceBusProbe(ServiceBusClient client, IOptions<ServiceBusOptions> options) : IDependencyProbe
{
    /// <inheritdoc />
    public string Name => "serviceBus";

    /// <inheritdoc />
    public async Task<DependencyStatus> ProbeAsync(CancellationToken cancellationToken)
    {
        var queue = options.Value.HealthQueue;
        await using var receiver = client.CreateReceiver(queue);
        _ = await receiver.PeekMessageAsync(cancellationToken: cancellationToken);
        return new DependencyStatus(Name, true, $"{client.FullyQualifiedNamespace}/{queue}", 0);
    }
}
