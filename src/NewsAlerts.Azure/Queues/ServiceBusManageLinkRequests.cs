namespace NewsAlerts.Azure.Queues;

using global::Azure.Messaging.ServiceBus;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.ManageLinks;
using NewsAlerts.Core.Ports;

/// <summary>
/// Sends manage-link requests to the <c>manage-links</c> queue (<see cref="ManageLinkMessage"/>), so a request waiting
/// when an instance stops is not lost and every instance's requests reach the same workers. Each message has a fresh
/// id (the per-address limit is the page's; the queue's duplicate detection only drops the SDK's own resends), and carries
/// <paramref name="scope"/> (<see cref="StorageScope.Property"/>), so a worker of another storage, whose subscribers are
/// not this one's, dead-letters it rather than answer "no such address".
/// </summary>
/// <param name="client">The Service Bus client; not owned.</param>
/// <param name="scope">The storage this app's subscribers are in (<see cref="Storage.StorageScopes"/>).</param>
public sealed class ServiceBusManageLinkRequests(ServiceBusClient client, StorageScope scope) : IManageLinkRequests, IAsyncDisposable
{
    private readonly ServiceBusSender sender = client.CreateSender(ManageLinkMessage.Queue);

    /// <inheritdoc />
    public Task RequestAsync(string email, CancellationToken cancellationToken) => SendAsync(ManageLinkMessage.Write(email), cancellationToken);

    /// <inheritdoc />
    public Task RequestTextAsync(string phone, CancellationToken cancellationToken) => SendAsync(ManageLinkMessage.WritePhone(phone), cancellationToken);

    /// <inheritdoc />
    public Task RequestAllAsync(IReadOnlyList<ManageLinkAsk> asks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asks);
        // Every body is written (and checked) before anything is sent; the messages then go as one batch, which Service
        // Bus accepts or refuses whole (a single AMQP transfer), so either every link is on its way or none is.
        var messages = asks.Select(a => MessageOf(a.Channel == Core.Delivery.Channel.Email ? ManageLinkMessage.Write(a.Contact) : ManageLinkMessage.WritePhone(a.Contact))).ToList();
        return messages.Count == 0 ? Task.CompletedTask : sender.SendMessagesAsync(messages, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => sender.DisposeAsync();

    private Task SendAsync(byte[] body, CancellationToken cancellationToken) => sender.SendMessageAsync(MessageOf(body), cancellationToken);

    private ServiceBusMessage MessageOf(byte[] body) =>
        new(BinaryData.FromBytes(body))
        {
            MessageId = Guid.NewGuid().ToString("N"),
            ContentType = "application/json",
            Subject = ManageLinkMessage.Subject,
            ApplicationProperties = { [StorageScope.Property] = scope.Value },
        };
}
