using System.Collections.Concurrent;
using Azure.Messaging.ServiceBus;
using NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

namespace NewsAlerts.ServiceBusEmulator.Tests.Faults;

public sealed class FaultInjectionTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IDisposable
{
    public void Dispose() => fixture.Emulator.Faults.Reset();

    [Fact]
    public async Task Processor_loses_nothing_when_every_connection_is_dropped_mid_run()
    {
        await using var sender = fixture.Client.CreateSender("faults");
        await sender.SendMessagesAsync(Enumerable.Range(0, 100).Select(i => new ServiceBusMessage($"{i}") { MessageId = $"{i}" }));
        var handled = new ConcurrentDictionary<string, byte>();
        await using var processor = fixture.Client.CreateProcessor("faults", new ServiceBusProcessorOptions { MaxConcurrentCalls = 4 });
        processor.ProcessMessageAsync += async args =>
        {
            await Task.Delay(10, args.CancellationToken);
            handled.TryAdd(args.Message.MessageId, 0);
        };
        var errors = new ConcurrentQueue<string>();
        processor.ProcessErrorAsync += args =>
        {
            errors.Enqueue($"{args.ErrorSource}: {args.Exception.GetType().Name} {(args.Exception as ServiceBusException)?.Reason}");
            return Task.CompletedTask;
        };

        await processor.StartProcessingAsync();
        await Eventually.TrueAsync(() => handled.Count >= 20, "processing should start");
        Assert.True(fixture.Emulator.Faults.DropAllConnections() > 0);
        // Messages whose locks went with the dropped connections come back once their 1-second locks lapse; on a busy
        // machine that can take several deliveries each (hence the queue's high MaxDeliveryCount), so wait on the count
        // with a deadline made for a loaded machine, not for speed.
        await Eventually.TrueAsync(
            () => handled.Count == 100,
            () => $"every message should be handled after reconnecting; handled {handled.Count}/100, processor running: {processor.IsProcessing}, "
                + $"errors ({errors.Count}): {string.Join("; ", errors.Take(5))}; {QueueReport.Missing(fixture.Emulator, "faults", handled.Keys, 100)}",
            TimeSpan.FromSeconds(90));
        await processor.StopProcessingAsync();

        await using var receiver = fixture.Client.CreateReceiver("faults");
        await Eventually.TrueAsync(() => receiver.PeekMessageAsync().GetAwaiter().GetResult() is null, "the queue should drain once locks lapse");
    }

    [Fact]
    public async Task Sender_and_receiver_reconnect_after_every_connection_is_dropped()
    {
        await using var sender = fixture.Client.CreateSender("reconnect");
        await using var receiver = fixture.Client.CreateReceiver("reconnect");
        await sender.SendMessageAsync(new ServiceBusMessage("before"));
        await receiver.CompleteMessageAsync(await Eventually.ReceiveOneAsync(receiver));

        Assert.True(fixture.Emulator.Faults.DropAllConnections() > 0);
        await sender.SendMessageAsync(new ServiceBusMessage("after"));
        var after = await Eventually.ReceiveOneAsync(receiver);
        await receiver.CompleteMessageAsync(after);

        Assert.Equal("after", after.Body.ToString());
    }

    [Fact]
    public async Task Lock_renewal_fails_with_MessageLockLost_while_the_fault_is_on()
    {
        await using var sender = fixture.Client.CreateSender("renew-fault");
        await using var receiver = fixture.Client.CreateReceiver("renew-fault");
        await sender.SendMessageAsync(new ServiceBusMessage("renew me"));
        var message = await Eventually.ReceiveOneAsync(receiver);

        fixture.Emulator.Faults.FailLockRenewal = true;
        var error = await Assert.ThrowsAsync<ServiceBusException>(() => receiver.RenewMessageLockAsync(message));
        fixture.Emulator.Faults.FailLockRenewal = false;
        await receiver.RenewMessageLockAsync(message);
        await receiver.CompleteMessageAsync(message);

        Assert.Equal(ServiceBusFailureReason.MessageLockLost, error.Reason);
    }

    [Fact]
    public async Task Settlement_delayed_past_the_lock_expiry_loses_the_lock_and_the_message_returns()
    {
        await using var sender = fixture.Client.CreateSender("renew-fault");
        await using var receiver = fixture.Client.CreateReceiver("renew-fault");
        await sender.SendMessageAsync(new ServiceBusMessage("late") { MessageId = "late" });
        var message = await Eventually.ReceiveOneAsync(receiver);

        fixture.Emulator.Faults.SettlementDelay = TimeSpan.FromMilliseconds(2500);
        var error = await Assert.ThrowsAsync<ServiceBusException>(() => receiver.CompleteMessageAsync(message));
        fixture.Emulator.Faults.Reset();
        var again = await Eventually.ReceiveOneAsync(receiver);
        await receiver.CompleteMessageAsync(again);

        Assert.Equal(ServiceBusFailureReason.MessageLockLost, error.Reason);
        Assert.Equal("late", again.MessageId);
    }

    [Fact]
    public async Task Settlement_by_lock_token_is_delayed_too_so_a_deferred_message_loses_its_lock_and_can_be_received_again()
    {
        await using var sender = fixture.Client.CreateSender("renew-fault");
        await using var receiver = fixture.Client.CreateReceiver("renew-fault");
        await sender.SendMessageAsync(new ServiceBusMessage("deferred") { MessageId = "deferred" });
        var received = await Eventually.ReceiveOneAsync(receiver);
        await receiver.DeferMessageAsync(received);
        var deferred = await receiver.ReceiveDeferredMessageAsync(received.SequenceNumber);

        fixture.Emulator.Faults.SettlementDelay = TimeSpan.FromMilliseconds(2500);
        var error = await Assert.ThrowsAsync<ServiceBusException>(() => receiver.CompleteMessageAsync(deferred));
        fixture.Emulator.Faults.Reset();
        var again = await receiver.ReceiveDeferredMessageAsync(received.SequenceNumber);
        await receiver.CompleteMessageAsync(again);

        Assert.Equal(ServiceBusFailureReason.MessageLockLost, error.Reason);
        Assert.Equal("deferred", again.MessageId);
    }
}
