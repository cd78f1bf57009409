using Azure.Messaging.ServiceBus;
using NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

namespace NewsAlerts.ServiceBusEmulator.Tests.Errors;

public sealed class ErrorTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Sending_to_a_missing_queue_fails_with_MessagingEntityNotFound()
    {
        await using var sender = fixture.Client.CreateSender("no-such-queue");

        var error = await Assert.ThrowsAsync<ServiceBusException>(() => sender.SendMessageAsync(new ServiceBusMessage("lost")));

        Assert.Equal(ServiceBusFailureReason.MessagingEntityNotFound, error.Reason);
    }

    [Fact]
    public async Task Receiving_from_a_missing_subscription_fails_with_MessagingEntityNotFound()
    {
        await using var receiver = fixture.Client.CreateReceiver("news", "no-such-subscription");

        var error = await Assert.ThrowsAsync<ServiceBusException>(() => receiver.ReceiveMessageAsync(TimeSpan.FromSeconds(1)));

        Assert.Equal(ServiceBusFailureReason.MessagingEntityNotFound, error.Reason);
    }

    [Fact]
    public async Task Message_larger_than_the_limit_fails_with_MessageSizeExceeded()
    {
        await using var sender = fixture.Client.CreateSender("errors");

        var error = await Assert.ThrowsAsync<ServiceBusException>(() => sender.SendMessageAsync(new ServiceBusMessage(new byte[300 * 1024])));

        Assert.Equal(ServiceBusFailureReason.MessageSizeExceeded, error.Reason);
    }

    [Fact]
    public async Task Batch_larger_than_the_limit_is_refused_whole()
    {
        await using var sender = fixture.Client.CreateSender("errors");
        using var batch = await sender.CreateMessageBatchAsync();
        var added = 0;
        while (batch.TryAddMessage(new ServiceBusMessage(new byte[10 * 1024])))
        {
            added++;
        }

        var error = await Assert.ThrowsAsync<ServiceBusException>(
            () => sender.SendMessagesAsync(Enumerable.Range(0, 40).Select(_ => new ServiceBusMessage(new byte[10 * 1024]))));

        Assert.InRange(added, 20, 26);
        Assert.Equal(ServiceBusFailureReason.MessageSizeExceeded, error.Reason);
    }

    [Fact]
    public async Task Settling_after_the_lock_expired_fails_with_MessageLockLost()
    {
        await using var sender = fixture.Client.CreateSender("errors");
        await using var receiver = fixture.Client.CreateReceiver("errors");
        await sender.SendMessageAsync(new ServiceBusMessage("slow"));
        var message = await Eventually.ReceiveOneAsync(receiver);

        await Eventually.TrueAsync(() => DateTimeOffset.UtcNow > message.LockedUntil.AddMilliseconds(200), "the lock should lapse");
        var error = await Assert.ThrowsAsync<ServiceBusException>(() => receiver.CompleteMessageAsync(message));

        Assert.Equal(ServiceBusFailureReason.MessageLockLost, error.Reason);
        await receiver.CompleteMessageAsync(await Eventually.ReceiveOneAsync(receiver));
    }

    [Fact]
    public async Task Session_receiver_is_refused_as_not_supported()
    {
        await Assert.ThrowsAsync<NotSupportedException>(() => fixture.Client.AcceptNextSessionAsync("errors"));
    }
}
