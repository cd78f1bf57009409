using Amqp;
using Amqp.Framing;
using Azure.Messaging.ServiceBus;
using NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

namespace NewsAlerts.ServiceBusEmulator.Tests.Faults;

/// <summary>
/// When a session or connection goes, AMQPNetLite hands each delivery it still holds back to the link endpoint with an
/// outcome of its own: Released, or Rejected carrying the close's error (amqp:connection:forced when every connection is
/// dropped). That is not the client settling: a Rejected read as one dead-letters a message nobody processed, which is
/// how FaultInjectionTests' processor test lost 1-4 messages in about 1 run in 10. The emulator must leave such a message
/// locked until its lock lapses, as Azure does, so it is delivered again.
/// </summary>
public sealed class LinkTeardownTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task A_delivery_the_library_rejects_with_the_closing_sessions_error_is_delivered_again_not_dead_lettered()
    {
        await using var sender = fixture.Client.CreateSender("teardown");
        await using var receiver = fixture.Client.CreateReceiver("teardown");
        await using var deadLetters = fixture.Client.CreateReceiver("teardown", new ServiceBusReceiverOptions { SubQueue = SubQueue.DeadLetter });
        await sender.SendMessageAsync(new ServiceBusMessage("held") { MessageId = "held" });
        var held = await Eventually.ReceiveOneAsync(receiver);
        var queue = fixture.Emulator.Registry.FindSource("teardown")!;
        var session = Assert.Single(queue.SnapshotConsumers()).Consumer.Session;

        // The library's Session.OnClose gives every delivery it holds back as Rejected { Error = the close's error }
        // before its links close: exactly the outcome a dropped connection produces for a delivery being written.
        session.Close(TimeSpan.Zero, new Error(ErrorCode.ConnectionForced) { Description = "Session closed by the test." });
        var received = await Eventually.ReceiveAsync(receiver, 1);
        var dead = await deadLetters.PeekMessageAsync();

        Assert.True(dead is null, $"dead-lettered with reason '{dead?.DeadLetterReason}': {dead?.DeadLetterErrorDescription}");
        var again = Assert.Single(received);
        await receiver.CompleteMessageAsync(again);
        Assert.Equal("held", again.MessageId);
        Assert.Equal(held.SequenceNumber, again.SequenceNumber);
        Assert.Equal(2, again.DeliveryCount);
    }
}
