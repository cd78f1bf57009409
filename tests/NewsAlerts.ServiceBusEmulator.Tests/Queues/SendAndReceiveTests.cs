using Azure.Messaging.ServiceBus;
using NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

namespace NewsAlerts.ServiceBusEmulator.Tests.Queues;

public sealed class SendAndReceiveTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Message_sent_to_a_queue_is_received_with_peek_lock_and_completed()
    {
        await using var sender = fixture.Client.CreateSender("basic");
        await using var receiver = fixture.Client.CreateReceiver("basic");
        await sender.SendMessageAsync(new ServiceBusMessage("hello") { MessageId = "m1" });

        var message = await Eventually.ReceiveOneAsync(receiver);

        Assert.Equal("hello", message.Body.ToString());
        Assert.Equal("m1", message.MessageId);
        Assert.NotEqual(Guid.Empty, Guid.Parse(message.LockToken));
        Assert.True(message.LockedUntil > DateTimeOffset.UtcNow);
        Assert.Equal(1, message.DeliveryCount);
        Assert.True(message.SequenceNumber > 0);
        await receiver.CompleteMessageAsync(message);
        Assert.Empty(await receiver.ReceiveMessagesAsync(1, TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Batch_sent_with_prefetch_is_received_in_order_and_completed()
    {
        await using var sender = fixture.Client.CreateSender("settle");
        await using var receiver = fixture.Client.CreateReceiver("settle", new ServiceBusReceiverOptions { PrefetchCount = 50 });
        using var batch = await sender.CreateMessageBatchAsync();
        for (var i = 0; i < 100; i++)
        {
            Assert.True(batch.TryAddMessage(new ServiceBusMessage($"message {i}")));
        }

        await sender.SendMessagesAsync(batch);

        // Prefetched, unsettled messages hold the link's credit, so settle as they arrive.
        var received = new List<ServiceBusReceivedMessage>();
        while (received.Count < 100)
        {
            var message = await Eventually.ReceiveOneAsync(receiver);
            await receiver.CompleteMessageAsync(message);
            received.Add(message);
        }

        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"message {i}"), received.Select(m => m.Body.ToString()));
        Assert.Equal(100, received.Select(m => m.LockToken).Distinct().Count());
        Assert.Empty(await receiver.ReceiveMessagesAsync(1, TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Receive_and_delete_removes_the_message_on_receipt()
    {
        await using var sender = fixture.Client.CreateSender("roundtrip");
        await using var receiver = fixture.Client.CreateReceiver("roundtrip", new ServiceBusReceiverOptions { ReceiveMode = ServiceBusReceiveMode.ReceiveAndDelete });
        await sender.SendMessagesAsync([new ServiceBusMessage("a"), new ServiceBusMessage("b")]);

        var received = await Eventually.ReceiveAsync(receiver, 2);

        Assert.Equal(["a", "b"], received.Select(m => m.Body.ToString()));
        Assert.Empty(await receiver.ReceiveMessagesAsync(1, TimeSpan.FromMilliseconds(300)));
    }
}
