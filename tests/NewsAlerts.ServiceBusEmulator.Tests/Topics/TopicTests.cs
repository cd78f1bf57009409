using Azure.Messaging.ServiceBus;
using NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

namespace NewsAlerts.ServiceBusEmulator.Tests.Topics;

public sealed class TopicTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Message_sent_to_a_topic_reaches_each_subscription_whose_rules_match()
    {
        await using var sender = fixture.Client.CreateSender("news");
        await sender.SendMessagesAsync(
        [
            Message("breaking-syria", "breaking", ("topic", "syria"), ("priority", 5), ("region", "me")),
            Message("digest-eu", "digest", ("priority", 4), ("region", "eu"), ("channel", "email")),
            Message("urgent-no-region", "update", ("priority", 3L)),
            Message("low-us", "update", ("priority", 1), ("region", "us"), ("channel", "sms")),
        ]);

        Assert.Equal(["breaking-syria", "digest-eu", "urgent-no-region", "low-us"], await DrainAsync("all", 4));
        Assert.Equal(["breaking-syria"], await DrainAsync("breaking", 1));
        Assert.Equal(["breaking-syria"], await DrainAsync("syria", 1));
        Assert.Equal(["breaking-syria", "urgent-no-region"], await DrainAsync("urgent-sql", 2));
        Assert.Equal(["breaking-syria", "urgent-no-region"], await DrainAsync("no-channel", 2));
    }

    [Fact]
    public async Task Subscription_dead_letter_queue_holds_what_its_receiver_dead_letters()
    {
        await using var sender = fixture.Client.CreateSender("news");
        await using var receiver = fixture.Client.CreateReceiver("news", "breaking");
        await using var deadLetters = fixture.Client.CreateReceiver("news", "breaking", new ServiceBusReceiverOptions { SubQueue = SubQueue.DeadLetter });
        await sender.SendMessageAsync(Message("bad-breaking", "breaking"));

        await receiver.DeadLetterMessageAsync(await Eventually.ReceiveOneAsync(receiver), "Broken", "Could not render.");
        var dead = await Eventually.ReceiveOneAsync(deadLetters);
        await deadLetters.CompleteMessageAsync(dead);
        await DrainAsync("all", 1);
        await DrainAsync("no-channel", 1);

        Assert.Equal("bad-breaking", dead.MessageId);
        Assert.Equal("Broken", dead.DeadLetterReason);
    }

    [Fact]
    public async Task Message_scheduled_on_a_topic_reaches_subscriptions_at_its_time_unless_cancelled()
    {
        await using var sender = fixture.Client.CreateSender("news");
        await using var peeker = fixture.Client.CreateReceiver("news", "breaking");
        var at = DateTimeOffset.UtcNow.AddMilliseconds(800);
        await sender.ScheduleMessageAsync(Message("scheduled-news", "breaking"), at);

        // The cancelled message is due in an hour, so whether it is cancelled never depends on how fast this machine
        // reaches the cancel call; peeking shows it waiting on every subscription before the cancel and gone after.
        var cancelled = await sender.ScheduleMessageAsync(Message("cancelled-news", "breaking"), DateTimeOffset.UtcNow.AddHours(1));
        Assert.Contains("cancelled-news", await PeekIdsAsync("breaking"));
        Assert.Contains("cancelled-news", await PeekIdsAsync("all"));
        await sender.CancelScheduledMessageAsync(cancelled);
        foreach (var subscription in new[] { "all", "breaking", "no-channel" })
        {
            Assert.DoesNotContain("cancelled-news", await PeekIdsAsync(subscription));
        }

        Assert.Equal(["scheduled-news"], await DrainAsync("breaking", 1));
        Assert.True(DateTimeOffset.UtcNow >= at.AddMilliseconds(-50));
        Assert.Equal(["scheduled-news"], await DrainAsync("all", 1));
        Assert.Equal(["scheduled-news"], await DrainAsync("no-channel", 1));
    }

    private async Task<List<string>> PeekIdsAsync(string subscription)
    {
        await using var receiver = fixture.Client.CreateReceiver("news", subscription);
        var peeked = await receiver.PeekMessagesAsync(50, fromSequenceNumber: 0);
        return peeked.Select(m => m.MessageId).ToList();
    }

    private static ServiceBusMessage Message(string id, string label, params (string Key, object Value)[] properties)
    {
        var message = new ServiceBusMessage(id) { MessageId = id, Subject = label };
        foreach (var (key, value) in properties)
        {
            message.ApplicationProperties[key] = value;
        }

        return message;
    }

    private async Task<List<string>> DrainAsync(string subscription, int expected)
    {
        await using var receiver = fixture.Client.CreateReceiver("news", subscription);
        var received = await Eventually.ReceiveAsync(receiver, expected);
        foreach (var message in received)
        {
            await receiver.CompleteMessageAsync(message);
        }

        Assert.Empty(await receiver.ReceiveMessagesAsync(1, TimeSpan.FromMilliseconds(300)));
        return received.Select(m => m.MessageId).ToList();
    }
}
