using Azure.Messaging.ServiceBus;
using NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

namespace NewsAlerts.ServiceBusEmulator.Tests.Queues;

public sealed class SettlementTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Abandoned_message_is_delivered_again_with_a_higher_delivery_count()
    {
        await using var sender = fixture.Client.CreateSender("settle");
        await using var receiver = fixture.Client.CreateReceiver("settle");
        await sender.SendMessageAsync(new ServiceBusMessage("again"));

        var first = await Eventually.ReceiveOneAsync(receiver);
        await receiver.AbandonMessageAsync(first, new Dictionary<string, object> { ["attempt"] = 1 });
        var second = await Eventually.ReceiveOneAsync(receiver);
        await receiver.CompleteMessageAsync(second);

        Assert.Equal(first.SequenceNumber, second.SequenceNumber);
        Assert.Equal(1, first.DeliveryCount);
        Assert.Equal(2, second.DeliveryCount);
        Assert.Equal(1, second.ApplicationProperties["attempt"]);
    }

    [Fact]
    public async Task Message_abandoned_past_MaxDeliveryCount_goes_to_the_dead_letter_queue()
    {
        await using var sender = fixture.Client.CreateSender("abandon");
        await using var receiver = fixture.Client.CreateReceiver("abandon");
        await using var deadLetters = fixture.Client.CreateReceiver("abandon", new ServiceBusReceiverOptions { SubQueue = SubQueue.DeadLetter });
        await sender.SendMessageAsync(new ServiceBusMessage("poison") { MessageId = "poison-1" });

        for (var attempt = 0; attempt < 2; attempt++)
        {
            await receiver.AbandonMessageAsync(await Eventually.ReceiveOneAsync(receiver));
        }

        var dead = await Eventually.ReceiveOneAsync(deadLetters);
        await deadLetters.CompleteMessageAsync(dead);

        Assert.Equal("poison-1", dead.MessageId);
        Assert.Equal("MaxDeliveryCountExceeded", dead.DeadLetterReason);
        Assert.Empty(await receiver.ReceiveMessagesAsync(1, TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Dead_lettered_message_keeps_its_reason_and_description_in_the_dead_letter_queue()
    {
        await using var sender = fixture.Client.CreateSender("deadletter");
        await using var receiver = fixture.Client.CreateReceiver("deadletter");
        await using var deadLetters = fixture.Client.CreateReceiver("deadletter/$deadletterqueue");
        await sender.SendMessageAsync(new ServiceBusMessage("bad") { MessageId = "bad-1" });

        await receiver.DeadLetterMessageAsync(await Eventually.ReceiveOneAsync(receiver), "InvalidPayload", "The body is not JSON.");
        var dead = await Eventually.ReceiveOneAsync(deadLetters);

        Assert.Equal("bad-1", dead.MessageId);
        Assert.Equal("InvalidPayload", dead.DeadLetterReason);
        Assert.Equal("The body is not JSON.", dead.DeadLetterErrorDescription);
        Assert.Equal("bad", dead.Body.ToString());
        await deadLetters.CompleteMessageAsync(dead);
    }

    [Fact]
    public async Task Deferred_message_is_received_by_sequence_number_and_completed()
    {
        await using var sender = fixture.Client.CreateSender("defer");
        await using var receiver = fixture.Client.CreateReceiver("defer");
        await sender.SendMessageAsync(new ServiceBusMessage("later"));

        var message = await Eventually.ReceiveOneAsync(receiver);
        await receiver.DeferMessageAsync(message);
        Assert.Empty(await receiver.ReceiveMessagesAsync(1, TimeSpan.FromMilliseconds(300)));
        var deferred = await receiver.ReceiveDeferredMessageAsync(message.SequenceNumber);
        await receiver.CompleteMessageAsync(deferred);

        Assert.Equal("later", deferred.Body.ToString());
        Assert.Equal(ServiceBusMessageState.Deferred, deferred.State);
        var again = await Assert.ThrowsAsync<ServiceBusException>(() => receiver.ReceiveDeferredMessageAsync(message.SequenceNumber));
        Assert.Equal(ServiceBusFailureReason.MessageNotFound, again.Reason);
    }

    [Fact]
    public async Task Message_whose_lock_expires_is_redelivered_and_its_old_lock_is_lost()
    {
        await using var sender = fixture.Client.CreateSender("lockexpiry");
        await using var receiver = fixture.Client.CreateReceiver("lockexpiry");
        await sender.SendMessageAsync(new ServiceBusMessage("slow"));

        var first = await Eventually.ReceiveOneAsync(receiver);
        var second = await Eventually.ReceiveOneAsync(receiver);

        Assert.Equal(first.SequenceNumber, second.SequenceNumber);
        Assert.Equal(2, second.DeliveryCount);
        var lost = await Assert.ThrowsAsync<ServiceBusException>(() => receiver.CompleteMessageAsync(first));
        Assert.Equal(ServiceBusFailureReason.MessageLockLost, lost.Reason);
        await receiver.CompleteMessageAsync(second);
    }

    [Fact]
    public async Task Renewed_lock_outlives_the_lock_duration()
    {
        await using var sender = fixture.Client.CreateSender("renew");
        await using var receiver = fixture.Client.CreateReceiver("renew");
        await sender.SendMessageAsync(new ServiceBusMessage("long job"));
        var message = await Eventually.ReceiveOneAsync(receiver);
        var firstLock = message.LockedUntil;

        // Ten renewals 500 ms apart hold the 4 s lock for 5 s; an 8x margin between renewals and the lock keeps a
        // stalled thread pool on a loaded 2-core machine from losing the lock between two renewals.
        for (var i = 0; i < 10; i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            await receiver.RenewMessageLockAsync(message);
        }

        Assert.True(message.LockedUntil > firstLock);
        await receiver.CompleteMessageAsync(message);
    }
}
