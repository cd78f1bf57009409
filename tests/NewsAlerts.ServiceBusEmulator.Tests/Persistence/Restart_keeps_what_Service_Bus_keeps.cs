using Azure.Messaging.ServiceBus;
using NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

namespace NewsAlerts.ServiceBusEmulator.Tests.Persistence;

/// <summary>
/// Issue 16: an emulator given a data directory keeps its messages across a restart as Service Bus does (active,
/// scheduled, deferred, dead-lettered; numbers, counts and times), and a settled message stays settled.
/// </summary>
public sealed class Restart_keeps_what_Service_Bus_keeps : IDisposable
{
    private readonly DataDirectory data = new();

    [Fact]
    public async Task A_scheduled_message_is_delivered_at_its_time_after_a_restart()
    {
        var at = DateTimeOffset.UtcNow.AddSeconds(4);
        long sequenceNumber;
        await using (var first = await data.StartAsync())
        await using (var client = DataDirectory.ClientOf(first))
        await using (var sender = client.CreateSender("scheduled"))
        {
            sequenceNumber = await sender.ScheduleMessageAsync(new ServiceBusMessage("after quiet hours") { MessageId = "held-1" }, at);
        }

        await using var second = await data.StartAsync();
        await using var again = DataDirectory.ClientOf(second);
        await using var receiver = again.CreateReceiver("scheduled");
        var waiting = await receiver.PeekMessageAsync(sequenceNumber);

        var message = await Eventually.ReceiveOneAsync(receiver, TimeSpan.FromSeconds(60));
        await receiver.CompleteMessageAsync(message);

        Assert.Equal(ServiceBusMessageState.Scheduled, waiting.State);
        Assert.Equal("held-1", message.MessageId);
        Assert.Equal("after quiet hours", message.Body.ToString());
        Assert.Equal(sequenceNumber, message.SequenceNumber);
        Assert.True(DateTimeOffset.UtcNow >= at.AddMilliseconds(-50), "delivered before its scheduled time");
        Assert.InRange(message.EnqueuedTime, at.AddSeconds(-1), at.AddSeconds(1));
    }

    [Fact]
    public async Task A_scheduled_message_whose_time_passed_while_stopped_is_available_at_once()
    {
        var time = new SteppedClock();
        await using (var first = await data.StartAsync(time))
        await using (var client = DataDirectory.ClientOf(first))
        await using (var sender = client.CreateSender("scheduled"))
        {
            _ = await sender.ScheduleMessageAsync(new ServiceBusMessage("overdue") { MessageId = "held-2" }, time.GetUtcNow().AddMinutes(2));
        }

        // A short jump: the emulator checks the client's tokens (valid for minutes) against its own clock.
        time.Advance(TimeSpan.FromMinutes(3));
        await using var second = await data.StartAsync(time);
        await using var again = DataDirectory.ClientOf(second);
        await using var receiver = again.CreateReceiver("scheduled");

        var message = await Eventually.ReceiveOneAsync(receiver);

        Assert.Equal("held-2", message.MessageId);
        Assert.Equal(ServiceBusMessageState.Active, message.State);
    }

    [Fact]
    public async Task An_active_message_is_received_after_a_restart_with_its_properties_and_number()
    {
        long sequenceNumber;
        await using (var first = await data.StartAsync())
        await using (var client = DataDirectory.ClientOf(first))
        await using (var sender = client.CreateSender("basic"))
        {
            var sent = new ServiceBusMessage("text for +44 7700 900123") { MessageId = "batch-7", Subject = "sms", CorrelationId = "story-1" };
            sent.ApplicationProperties["attempt"] = 3;
            await sender.SendMessageAsync(sent);
            await using var peeker = client.CreateReceiver("basic");
            sequenceNumber = (await peeker.PeekMessageAsync()).SequenceNumber;
        }

        await using var second = await data.StartAsync();
        await using var again = DataDirectory.ClientOf(second);
        await using var receiver = again.CreateReceiver("basic");
        var message = await Eventually.ReceiveOneAsync(receiver);
        await receiver.CompleteMessageAsync(message);

        Assert.Equal("batch-7", message.MessageId);
        Assert.Equal("sms", message.Subject);
        Assert.Equal("story-1", message.CorrelationId);
        Assert.Equal(3, message.ApplicationProperties["attempt"]);
        Assert.Equal("text for +44 7700 900123", message.Body.ToString());
        Assert.Equal(sequenceNumber, message.SequenceNumber);
        Assert.Equal(1, message.DeliveryCount);
    }

    [Fact]
    public async Task A_locked_message_is_available_again_after_a_restart_with_its_delivery_count()
    {
        await using (var first = await data.StartAsync())
        await using (var client = DataDirectory.ClientOf(first))
        {
            await using var sender = client.CreateSender("settle");
            await sender.SendMessageAsync(new ServiceBusMessage("in hand") { MessageId = "locked-1" });
            await using var receiver = client.CreateReceiver("settle");
            var once = await Eventually.ReceiveOneAsync(receiver);
            await receiver.AbandonMessageAsync(once);
            _ = await Eventually.ReceiveOneAsync(receiver);

            // Stopped while the message is locked (its worker had it in hand).
        }

        await using var second = await data.StartAsync();
        await using var again = DataDirectory.ClientOf(second);
        await using var receiverAgain = again.CreateReceiver("settle");
        var message = await Eventually.ReceiveOneAsync(receiverAgain);

        // Received twice before the stop (one abandoned, one in hand when it stopped): that lock lapsed and counts.
        Assert.Equal("locked-1", message.MessageId);
        Assert.Equal(3, message.DeliveryCount);
    }

    [Fact]
    public async Task A_dead_lettered_message_keeps_its_reason_after_a_restart()
    {
        await using (var first = await data.StartAsync())
        await using (var client = DataDirectory.ClientOf(first))
        {
            await using var sender = client.CreateSender("deadletter");
            await sender.SendMessageAsync(new ServiceBusMessage("bad batch") { MessageId = "dead-1" });
            await using var receiver = client.CreateReceiver("deadletter");
            var message = await Eventually.ReceiveOneAsync(receiver);
            await receiver.DeadLetterMessageAsync(message, "UnreadableBatch", "field 'recipients' is missing");
        }

        await using var second = await data.StartAsync();
        await using var again = DataDirectory.ClientOf(second);
        await using var active = again.CreateReceiver("deadletter");
        await using var deadLetters = again.CreateReceiver("deadletter", new ServiceBusReceiverOptions { SubQueue = SubQueue.DeadLetter });
        var dead = await Eventually.ReceiveOneAsync(deadLetters);

        Assert.Equal("dead-1", dead.MessageId);
        Assert.Equal("UnreadableBatch", dead.DeadLetterReason);
        Assert.Equal("field 'recipients' is missing", dead.DeadLetterErrorDescription);
        Assert.Null(await active.PeekMessageAsync());
    }

    [Fact]
    public async Task A_deferred_message_stays_deferred_after_a_restart()
    {
        long sequenceNumber;
        await using (var first = await data.StartAsync())
        await using (var client = DataDirectory.ClientOf(first))
        {
            await using var sender = client.CreateSender("defer");
            await sender.SendMessageAsync(new ServiceBusMessage("later") { MessageId = "deferred-1" });
            await using var receiver = client.CreateReceiver("defer");
            var message = await Eventually.ReceiveOneAsync(receiver);
            sequenceNumber = message.SequenceNumber;
            await receiver.DeferMessageAsync(message);
        }

        await using var second = await data.StartAsync();
        await using var again = DataDirectory.ClientOf(second);
        await using var receiverAgain = again.CreateReceiver("defer");
        var nothing = await receiverAgain.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(1));
        var deferred = await receiverAgain.ReceiveDeferredMessageAsync(sequenceNumber);
        await receiverAgain.CompleteMessageAsync(deferred);

        Assert.Empty(nothing);
        Assert.Equal("deferred-1", deferred.MessageId);
        Assert.Equal(ServiceBusMessageState.Deferred, deferred.State);
    }

    [Fact]
    public async Task A_completed_message_does_not_come_back_and_numbers_are_not_reused()
    {
        long last;
        await using (var first = await data.StartAsync())
        await using (var client = DataDirectory.ClientOf(first))
        {
            await using var sender = client.CreateSender("roundtrip");
            await sender.SendMessagesAsync([new ServiceBusMessage("done") { MessageId = "done-1" }, new ServiceBusMessage("kept") { MessageId = "kept-1" }]);
            await using var receiver = client.CreateReceiver("roundtrip");
            var done = await Eventually.ReceiveOneAsync(receiver);
            await receiver.CompleteMessageAsync(done);
            Assert.Equal("done-1", done.MessageId);
            last = (await receiver.PeekMessageAsync()).SequenceNumber;
        }

        await using var second = await data.StartAsync();
        await using var again = DataDirectory.ClientOf(second);
        await using var senderAgain = again.CreateSender("roundtrip");
        await senderAgain.SendMessageAsync(new ServiceBusMessage("new") { MessageId = "new-1" });
        await using var receiverAgain = again.CreateReceiver("roundtrip");
        var received = await Eventually.ReceiveAsync(receiverAgain, 2);
        var extra = await receiverAgain.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(1));

        Assert.Equal(["kept-1", "new-1"], received.Select(m => m.MessageId));
        Assert.Empty(extra);
        Assert.True(received[1].SequenceNumber > last, "a number handed out before the restart was used again");
    }

    [Fact]
    public async Task Without_a_data_directory_nothing_is_kept()
    {
        var config = NewsAlerts.ServiceBusEmulator.Configuration.EmulatorConfigReader.Parse(TestEntities.Json);
        await using (var first = await ServiceBusEmulatorHost.StartAsync(new ServiceBusEmulatorOptions { Config = config }, CancellationToken.None))
        await using (var client = DataDirectory.ClientOf(first))
        await using (var sender = client.CreateSender("basic"))
        {
            await sender.SendMessageAsync(new ServiceBusMessage("gone"));
        }

        await using var second = await ServiceBusEmulatorHost.StartAsync(new ServiceBusEmulatorOptions { Config = config }, CancellationToken.None);
        await using var again = DataDirectory.ClientOf(second);
        await using var receiver = again.CreateReceiver("basic");

        Assert.Null(await receiver.PeekMessageAsync());
    }

    [Fact]
    public async Task A_second_emulator_on_the_same_data_directory_is_refused()
    {
        await using var first = await data.StartAsync();

        var refused = await Assert.ThrowsAsync<IOException>(() => data.StartAsync());

        Assert.Contains("in use by another Service Bus emulator", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose() => data.Dispose();
}
