using Amqp.Listener;
using Azure.Messaging.ServiceBus;
using NewsAlerts.ServiceBusEmulator.Amqp;
using NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

namespace NewsAlerts.ServiceBusEmulator.Tests.Queues;

/// <summary>
/// The Processor benchmark's stall, made deterministic: the .NET client sometimes sends a flow that repeats its delivery
/// limit (coalesced flows from concurrent settlements, a prefetch set again, a drain); AMQPNetLite clears the link's
/// credit for it, and the client, still counting on that credit, waits for messages that are available but never sent.
/// The tests make the library read exactly that flow while a receive waits, then send: the messages must still arrive.
/// A flow that lowers the limit, the other member of the kind, must take away only the difference.
/// </summary>
public sealed class LinkCreditTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task A_message_reaches_a_waiting_receiver_after_a_flow_that_repeats_its_limit()
    {
        Assert.True(LinkCredit.Available, "AMQPNetLite no longer has the link members LinkCredit repairs; re-check its flow handling.");
        await using var sender = fixture.Client.CreateSender("basic");
        await using var receiver = fixture.Client.CreateReceiver("basic");
        await sender.SendMessageAsync(new ServiceBusMessage("first"));
        await receiver.CompleteMessageAsync(await Eventually.ReceiveOneAsync(receiver));

        // A receive waits with its credit given; nothing else will make the client send a flow until it gets a message.
        var waiting = receiver.ReceiveMessageAsync(Eventually.Deadline);
        var link = await WaitingLinkAsync("basic", credit: 1);
        LinkCredit.ProcessFlowMovingLimit(link, change: 0);

        await sender.SendMessageAsync(new ServiceBusMessage("second"));
        var second = await waiting;

        Assert.NotNull(second);
        Assert.Equal("second", second.Body.ToString());
        await receiver.CompleteMessageAsync(second);
    }

    [Fact]
    public async Task A_prefetching_receiver_gets_all_its_credit_after_a_flow_that_repeats_its_limit()
    {
        // The benchmark's shape: a prefetch of many messages, the repeated flow in the middle of the stream.
        const int Prefetch = 20;
        await using var sender = fixture.Client.CreateSender("roundtrip");
        await using var receiver = fixture.Client.CreateReceiver("roundtrip", new ServiceBusReceiverOptions { PrefetchCount = Prefetch });
        var waiting = receiver.ReceiveMessageAsync(Eventually.Deadline);
        var link = await WaitingLinkAsync("roundtrip", credit: Prefetch);
        await sender.SendMessageAsync(new ServiceBusMessage("0"));
        var first = await waiting;
        Assert.NotNull(first);
        await Eventually.TrueAsync(
            () => fixture.Emulator.Registry.FindSource("roundtrip")!.SnapshotConsumers() is [{ Credit: Prefetch - 1 }],
            "the first delivery should use one credit");

        LinkCredit.ProcessFlowMovingLimit(link, change: 0);
        await sender.SendMessagesAsync(Enumerable.Range(1, Prefetch - 1).Select(i => new ServiceBusMessage(i.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        var received = new List<string> { first.Body.ToString() };
        while (received.Count < Prefetch)
        {
            var message = await receiver.ReceiveMessageAsync(Eventually.Deadline);
            Assert.True(message is not null, $"only {received.Count} of {Prefetch} messages arrived; the rest stayed available in the emulator");
            received.Add(message.Body.ToString());
        }

        Assert.Equal(Enumerable.Range(0, Prefetch).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), received);
    }

    [Fact]
    public async Task A_flow_that_lowers_the_limit_takes_away_only_the_difference()
    {
        // Another member of the kind: the library clears the credit for any flow that does not raise the limit, while by
        // AMQP a limit lowered by 5 leaves a prefetching receiver 15 of its 20 messages.
        const int Prefetch = 20;
        const int Lowered = 5;
        await using var sender = fixture.Client.CreateSender("settle");
        await using var receiver = fixture.Client.CreateReceiver("settle", new ServiceBusReceiverOptions { PrefetchCount = Prefetch });
        var waiting = receiver.ReceiveMessageAsync(Eventually.Deadline);
        var link = await WaitingLinkAsync("settle", credit: Prefetch);

        LinkCredit.ProcessFlowMovingLimit(link, change: -Lowered);

        Assert.Equal(Prefetch - Lowered, fixture.Emulator.Registry.FindSource("settle")!.SnapshotConsumers()[0].Credit);
        await sender.SendMessagesAsync(Enumerable.Range(0, Prefetch).Select(i => new ServiceBusMessage(i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var received = new List<ServiceBusReceivedMessage>();
        if (await waiting is { } first)
        {
            received.Add(first);
        }

        while (received.Count < Prefetch - Lowered && await receiver.ReceiveMessageAsync(Eventually.Deadline) is { } message)
        {
            received.Add(message);
        }

        Assert.Equal(Prefetch - Lowered, received.Count);
    }

    private async Task<ListenerLink> WaitingLinkAsync(string entity, int credit)
    {
        var queue = fixture.Emulator.Registry.FindSource(entity)!;
        await Eventually.TrueAsync(() => queue.SnapshotConsumers() is [{ Credit: var c }] && c == credit, $"the receiver's credit of {credit} should reach the emulator");
        return ((ReceiverLinkEndpoint.LinkConsumer)queue.SnapshotConsumers()[0].Consumer).Link;
    }
}
