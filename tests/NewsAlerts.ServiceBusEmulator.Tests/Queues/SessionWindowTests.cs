using Azure.Messaging.ServiceBus;
using NewsAlerts.ServiceBusEmulator.Amqp;
using NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

namespace NewsAlerts.ServiceBusEmulator.Tests.Queues;

/// <summary>
/// The lock-expiry flake, made deterministic: the .NET client advertises an unlimited session window and asks for
/// the next message right after taking one; when the emulator reads that flow before it has counted the transfer it
/// just wrote (its pump thread descheduled in between), AMQPNetLite computes a window of 0 and queues every later
/// delivery of the session unwritten, while the client waits on credit it already gave. The test makes the library
/// read exactly that flow while a receive is waiting, then sends: the message must still arrive.
/// </summary>
public sealed class SessionWindowTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task A_message_reaches_a_waiting_receiver_after_a_flow_that_counted_a_transfer_too_early()
    {
        Assert.True(SessionWindow.Available, "AMQPNetLite no longer has the session members SessionWindow repairs; re-check its flow handling.");
        await using var sender = fixture.Client.CreateSender("basic");
        await using var receiver = fixture.Client.CreateReceiver("basic");
        await sender.SendMessageAsync(new ServiceBusMessage("first"));
        await receiver.CompleteMessageAsync(await Eventually.ReceiveOneAsync(receiver));

        // A receive waits with its credit given; nothing else will make the client send a flow until it gets a message.
        var waiting = receiver.ReceiveMessageAsync(Eventually.Deadline);
        var queue = fixture.Emulator.Registry.FindSource("basic")!;
        await Eventually.TrueAsync(() => queue.SnapshotConsumers() is [{ Credit: 1 }], "the waiting receive's credit should reach the emulator");
        var session = queue.SnapshotConsumers()[0].Consumer.Session;
        SessionWindow.ProcessFlowCountingOneTransferAhead(session);
        Assert.Equal(0u, SessionWindow.WindowOf(session));

        await sender.SendMessageAsync(new ServiceBusMessage("second"));
        var second = await waiting;

        Assert.NotNull(second);
        Assert.Equal("second", second.Body.ToString());
        await receiver.CompleteMessageAsync(second);
    }
}
