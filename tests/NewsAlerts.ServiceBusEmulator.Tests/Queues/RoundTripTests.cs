using Azure.Core.Amqp;
using Azure.Messaging.ServiceBus;
using NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

namespace NewsAlerts.ServiceBusEmulator.Tests.Queues;

public sealed class RoundTripTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Every_message_property_and_application_property_survives_the_round_trip()
    {
        await using var sender = fixture.Client.CreateSender("roundtrip");
        await using var receiver = fixture.Client.CreateReceiver("roundtrip");
        var created = new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero);
        var sent = new ServiceBusMessage(new BinaryData([0, 1, 2, 255]))
        {
            MessageId = "id-1",
            CorrelationId = "corr-1",
            Subject = "breaking",
            To = "subscriber",
            ReplyTo = "replies",
            ReplyToSessionId = "reply-session",
            ContentType = "application/octet-stream",
            TimeToLive = TimeSpan.FromHours(1),
            PartitionKey = "pk",
            ApplicationProperties =
            {
                ["string"] = "text",
                ["int"] = 42,
                ["long"] = 1L << 40,
                ["double"] = 2.5,
                ["bool"] = true,
                ["guid"] = Guid.Parse("6f1c1b5e-3f0a-4d0e-9f5e-0a1b2c3d4e5f"),
                ["time"] = created,
                ["bytes"] = new byte[] { 9, 8, 7 },
            },
        };
        await sender.SendMessageAsync(sent);

        var received = await Eventually.ReceiveOneAsync(receiver);
        await receiver.CompleteMessageAsync(received);

        Assert.Equal(sent.Body.ToArray(), received.Body.ToArray());
        Assert.Equal(("id-1", "corr-1", "breaking", "subscriber", "replies", "reply-session", "application/octet-stream", "pk"),
            (received.MessageId, received.CorrelationId, received.Subject, received.To, received.ReplyTo, received.ReplyToSessionId, received.ContentType, received.PartitionKey));
        Assert.Equal(TimeSpan.FromHours(1), received.TimeToLive);
        Assert.Equal("text", received.ApplicationProperties["string"]);
        Assert.Equal(42, received.ApplicationProperties["int"]);
        Assert.Equal(1L << 40, received.ApplicationProperties["long"]);
        Assert.Equal(2.5, received.ApplicationProperties["double"]);
        Assert.Equal(true, received.ApplicationProperties["bool"]);
        Assert.Equal(Guid.Parse("6f1c1b5e-3f0a-4d0e-9f5e-0a1b2c3d4e5f"), received.ApplicationProperties["guid"]);
        Assert.Equal(created, received.ApplicationProperties["time"]);
        Assert.Equal(new byte[] { 9, 8, 7 }, received.ApplicationProperties["bytes"]);
    }

    [Fact]
    public async Task Value_and_sequence_bodies_survive_the_round_trip()
    {
        await using var sender = fixture.Client.CreateSender("roundtrip");
        await using var receiver = fixture.Client.CreateReceiver("roundtrip");
        var value = new ServiceBusMessage(new AmqpAnnotatedMessage(AmqpMessageBody.FromValue("a plain string value")));
        var sequence = new ServiceBusMessage(new AmqpAnnotatedMessage(AmqpMessageBody.FromSequence([new object[] { 1, "two" }])));
        await sender.SendMessagesAsync([value, sequence]);

        var received = await Eventually.ReceiveAsync(receiver, 2);
        foreach (var message in received)
        {
            await receiver.CompleteMessageAsync(message);
        }

        Assert.True(received[0].GetRawAmqpMessage().Body.TryGetValue(out var text));
        Assert.Equal("a plain string value", text);
        Assert.True(received[1].GetRawAmqpMessage().Body.TryGetSequence(out var sections));
        Assert.Equal(new object[] { 1, "two" }, sections!.Single());
    }

    [Fact]
    public async Task Message_larger_than_a_frame_survives_the_round_trip()
    {
        await using var sender = fixture.Client.CreateSender("roundtrip");
        await using var receiver = fixture.Client.CreateReceiver("roundtrip");
        var body = new byte[200 * 1024];
        Random.Shared.NextBytes(body);
        await sender.SendMessageAsync(new ServiceBusMessage(body));

        var received = await Eventually.ReceiveOneAsync(receiver);
        await receiver.CompleteMessageAsync(received);

        Assert.Equal(body, received.Body.ToArray());
    }
}
