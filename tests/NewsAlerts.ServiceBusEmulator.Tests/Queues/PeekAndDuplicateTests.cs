using Azure.Messaging.ServiceBus;
using NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

namespace NewsAlerts.ServiceBusEmulator.Tests.Queues;

public sealed class PeekAndDuplicateTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Peek_returns_messages_in_order_without_locking_them_and_can_start_at_a_sequence_number()
    {
        await using var sender = fixture.Client.CreateSender("peek");
        await using var receiver = fixture.Client.CreateReceiver("peek");
        await sender.SendMessagesAsync(Enumerable.Range(1, 5).Select(i => new ServiceBusMessage($"p{i}")));

        var all = await receiver.PeekMessagesAsync(10);
        var fromThird = await receiver.PeekMessagesAsync(2, all[2].SequenceNumber);
        var received = await Eventually.ReceiveAsync(receiver, 5);

        Assert.Equal(["p1", "p2", "p3", "p4", "p5"], all.Select(m => m.Body.ToString()));
        Assert.Equal(["p3", "p4"], fromThird.Select(m => m.Body.ToString()));
        Assert.Equal(5, received.Count);
        foreach (var message in received)
        {
            await receiver.CompleteMessageAsync(message);
        }
    }

    [Fact]
    public async Task Message_with_a_repeated_id_inside_the_window_is_dropped()
    {
        await using var sender = fixture.Client.CreateSender("duplicates");
        await using var receiver = fixture.Client.CreateReceiver("duplicates", new ServiceBusReceiverOptions { ReceiveMode = ServiceBusReceiveMode.ReceiveAndDelete });
        await sender.SendMessageAsync(new ServiceBusMessage("first") { MessageId = "alert-42" });
        await sender.SendMessageAsync(new ServiceBusMessage("second") { MessageId = "alert-42" });
        await sender.SendMessageAsync(new ServiceBusMessage("other") { MessageId = "alert-43" });

        var received = await Eventually.ReceiveAsync(receiver, 2);

        Assert.Equal(["first", "other"], received.Select(m => m.Body.ToString()));
        Assert.Empty(await receiver.ReceiveMessagesAsync(1, TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Scheduled_message_with_a_repeated_id_is_dropped_too()
    {
        await using var sender = fixture.Client.CreateSender("duplicates");
        await using var receiver = fixture.Client.CreateReceiver("duplicates", new ServiceBusReceiverOptions { ReceiveMode = ServiceBusReceiveMode.ReceiveAndDelete });
        var at = DateTimeOffset.UtcNow.AddMilliseconds(300);
        await sender.ScheduleMessageAsync(new ServiceBusMessage("quiet hours") { MessageId = "alert-77" }, at);
        await sender.ScheduleMessageAsync(new ServiceBusMessage("quiet hours again") { MessageId = "alert-77" }, at);

        var received = await Eventually.ReceiveAsync(receiver, 1);

        Assert.Equal(["quiet hours"], received.Select(m => m.Body.ToString()));
        Assert.Empty(await receiver.ReceiveMessagesAsync(1, TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public async Task Dead_letter_queue_peek_shows_messages_in_sequence_order_whatever_order_they_arrived_in()
    {
        await using var sender = fixture.Client.CreateSender("peek");
        await using var receiver = fixture.Client.CreateReceiver("peek");
        await sender.SendMessagesAsync([new ServiceBusMessage("older"), new ServiceBusMessage("newer")]);
        var received = await Eventually.ReceiveAsync(receiver, 2);

        await receiver.DeadLetterMessageAsync(received[1]);
        await using var firstPeek = fixture.Client.CreateReceiver("peek", new ServiceBusReceiverOptions { SubQueue = SubQueue.DeadLetter });
        Assert.Equal(["newer"], (await firstPeek.PeekMessagesAsync(10)).Select(m => m.Body.ToString()));
        await receiver.DeadLetterMessageAsync(received[0]);
        await using var deadLetters = fixture.Client.CreateReceiver("peek", new ServiceBusReceiverOptions { SubQueue = SubQueue.DeadLetter, ReceiveMode = ServiceBusReceiveMode.ReceiveAndDelete });

        Assert.Equal(["older", "newer"], (await deadLetters.PeekMessagesAsync(10)).Select(m => m.Body.ToString()));
        Assert.Equal(2, (await Eventually.ReceiveAsync(deadLetters, 2)).Count);
    }
}
