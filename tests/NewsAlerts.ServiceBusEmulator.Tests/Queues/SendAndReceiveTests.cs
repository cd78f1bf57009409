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

    [Fact]
    public async Task Competing_receivers_with_prefetch_each_get_distinct_messages_and_together_all()
    {
        await using var sender = fixture.Client.CreateSender("competing");
        await sender.SendMessagesAsync(Enumerable.Range(0, 300).Select(i => new ServiceBusMessage($"{i}") { MessageId = $"{i}" }));
        var received = new System.Collections.Concurrent.ConcurrentBag<string>();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
        {
            await using var receiver = fixture.Client.CreateReceiver("competing", new ServiceBusReceiverOptions { PrefetchCount = 40 });
            var until = DateTime.UtcNow + Eventually.Deadline;
            while (received.Count < 300 && DateTime.UtcNow < until)
            {
                foreach (var message in await receiver.ReceiveMessagesAsync(25, TimeSpan.FromMilliseconds(200)))
                {
                    await receiver.CompleteMessageAsync(message);
                    received.Add(message.MessageId);
                }
            }
        }));

        Assert.Equal(300, received.Count);
        Assert.Equal(300, received.Distinct().Count());
    }
}
