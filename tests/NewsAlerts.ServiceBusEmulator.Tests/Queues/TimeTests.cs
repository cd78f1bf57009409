using Azure.Messaging.ServiceBus;
using NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

namespace NewsAlerts.ServiceBusEmulator.Tests.Queues;

public sealed class TimeTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Expired_message_goes_to_the_dead_letter_queue_when_the_queue_says_so()
    {
        await using var sender = fixture.Client.CreateSender("ttl");
        await using var deadLetters = fixture.Client.CreateReceiver("ttl", new ServiceBusReceiverOptions { SubQueue = SubQueue.DeadLetter });
        await sender.SendMessageAsync(new ServiceBusMessage("stale") { MessageId = "stale-1" });

        var dead = await Eventually.ReceiveOneAsync(deadLetters);

        Assert.Equal("stale-1", dead.MessageId);
        Assert.Equal("TTLExpiredException", dead.DeadLetterReason);
        await deadLetters.CompleteMessageAsync(dead);
    }

    [Fact]
    public async Task Message_with_its_own_short_time_to_live_expires_and_is_dropped()
    {
        await using var sender = fixture.Client.CreateSender("ttl-drop");
        await using var receiver = fixture.Client.CreateReceiver("ttl-drop");
        await sender.SendMessageAsync(new ServiceBusMessage("short") { TimeToLive = TimeSpan.FromMilliseconds(300) });

        await Eventually.TrueAsync(() => receiver.PeekMessageAsync(1).GetAwaiter().GetResult() is null, "the message should expire");
        Assert.Empty(await receiver.ReceiveMessagesAsync(1, TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Scheduled_message_arrives_at_its_time_and_a_cancelled_one_never()
    {
        await using var sender = fixture.Client.CreateSender("scheduled");
        await using var receiver = fixture.Client.CreateReceiver("scheduled");
        var at = DateTimeOffset.UtcNow.AddSeconds(1);
        var kept = await sender.ScheduleMessageAsync(new ServiceBusMessage("on time"), at);
        // Due in an hour, so the cancel always comes first however slow this machine is; peeking shows it gone.
        var cancelled = await sender.ScheduleMessageAsync(new ServiceBusMessage("never"), DateTimeOffset.UtcNow.AddHours(1));
        var waiting = await receiver.PeekMessageAsync(cancelled);
        await sender.CancelScheduledMessageAsync(cancelled);
        var afterCancel = await receiver.PeekMessagesAsync(10, fromSequenceNumber: 0);

        var message = await Eventually.ReceiveOneAsync(receiver);
        await receiver.CompleteMessageAsync(message);

        Assert.DoesNotContain(afterCancel, m => m.SequenceNumber == cancelled);
        Assert.Equal(ServiceBusMessageState.Scheduled, waiting.State);
        Assert.Equal("on time", message.Body.ToString());
        Assert.Equal(kept, message.SequenceNumber);
        Assert.True(DateTimeOffset.UtcNow >= at.AddMilliseconds(-50));
        Assert.Empty(await receiver.ReceiveMessagesAsync(1, TimeSpan.FromMilliseconds(1500)));
    }

    [Fact]
    public async Task Message_sent_with_a_scheduled_enqueue_time_waits_for_it()
    {
        await using var sender = fixture.Client.CreateSender("scheduled");
        await using var receiver = fixture.Client.CreateReceiver("scheduled");
        var at = DateTimeOffset.UtcNow.AddMilliseconds(800);
        await sender.SendMessageAsync(new ServiceBusMessage("quiet hours") { ScheduledEnqueueTime = at });

        var message = await Eventually.ReceiveOneAsync(receiver);
        await receiver.CompleteMessageAsync(message);

        Assert.True(DateTimeOffset.UtcNow >= at.AddMilliseconds(-50));
        Assert.Equal("quiet hours", message.Body.ToString());
    }
}
