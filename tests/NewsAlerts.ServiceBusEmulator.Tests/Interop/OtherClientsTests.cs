using Amqp;
using Amqp.Framing;
using Amqp.Types;
using Azure.Messaging.ServiceBus;
using NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

namespace NewsAlerts.ServiceBusEmulator.Tests.Interop;

/// <summary>
/// Clients on other AMQP libraries (Python, Go, JavaScript, Java) leave optional fields out or encode them another
/// legal way. Each case is sent or settled through AMQPNetLite as the second client and read back through the .NET
/// client, and must get the answer Azure Service Bus gives.
/// </summary>
public sealed class OtherClientsTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task A_message_sent_without_a_message_id_gets_one_from_the_broker_that_the_next_delivery_repeats()
    {
        string? seen = null;
        await WithSessionAsync(async session =>
        {
            var sender = new SenderLink(session, "no-id-sender", "interop-no-id");
            await sender.SendAsync(new Message("no properties at all"));

            // Peek-lock through the second client: the id it sees is the one the next receiver sees.
            var receiver = new ReceiverLink(session, "no-id-receiver", "interop-no-id");
            receiver.SetCredit(1, autoRestore: false);
            var first = await receiver.ReceiveAsync(Eventually.Deadline);
            Assert.NotNull(first);
            seen = first.Properties?.MessageId;
            receiver.Release(first);
            await receiver.CloseAsync();
        });
        await using var dotnet = fixture.Client.CreateReceiver("interop-no-id");

        var again = await Eventually.ReceiveOneAsync(dotnet);
        await dotnet.CompleteMessageAsync(again);

        Assert.Matches("^[0-9a-f]{32}$", seen);
        Assert.Equal(seen, again.MessageId);
    }

    [Fact]
    public async Task A_message_with_properties_but_no_message_id_gets_one_and_keeps_its_other_properties()
    {
        await WithSessionAsync(async session =>
        {
            var sender = new SenderLink(session, "subject-sender", "interop-no-id");
            await sender.SendAsync(new Message("subject only") { Properties = new Properties { Subject = "breaking", ContentType = new Symbol("text/plain") } });
        });
        await using var dotnet = fixture.Client.CreateReceiver("interop-no-id");

        var received = await Eventually.ReceiveOneAsync(dotnet);
        await dotnet.CompleteMessageAsync(received);

        Assert.Matches("^[0-9a-f]{32}$", received.MessageId);
        Assert.Equal("breaking", received.Subject);
        Assert.Equal("text/plain", received.ContentType);
        Assert.True(received.GetRawAmqpMessage().Body.TryGetValue(out var body));
        Assert.Equal("subject only", body);
    }

    [Fact]
    public async Task The_dotnet_client_sending_a_batch_without_message_ids_gets_one_per_message()
    {
        await using var sender = fixture.Client.CreateSender("interop-no-id");
        await sender.SendMessagesAsync([new ServiceBusMessage("one"), new ServiceBusMessage("two"), new ServiceBusMessage("three")]);
        await using var receiver = fixture.Client.CreateReceiver("interop-no-id");

        var received = await Eventually.ReceiveAsync(receiver, 3);
        foreach (var message in received)
        {
            await receiver.CompleteMessageAsync(message);
        }

        Assert.Equal(3, received.Select(m => m.MessageId).Where(id => !string.IsNullOrEmpty(id)).Distinct().Count());
    }

    [Fact]
    public async Task Duplicate_detection_tells_binary_uuid_and_ulong_message_ids_apart_and_drops_repeats_of_each()
    {
        var uuid = Guid.NewGuid();
        object[] ids = [new byte[] { 1, 2, 3 }, new byte[] { 4, 5, 6 }, new byte[] { 1, 2, 3 }, uuid, uuid, 42UL, 43UL, 42UL];
        await WithSessionAsync(async session =>
        {
            var sender = new SenderLink(session, "typed-id-sender", "interop-ids");
            for (var i = 0; i < ids.Length; i++)
            {
                var message = new Message($"{i}") { Properties = new Properties() };
                message.Properties.SetMessageId(ids[i]);
                await sender.SendAsync(message);
            }
        });
        await using var receiver = fixture.Client.CreateReceiver("interop-ids", new ServiceBusReceiverOptions { ReceiveMode = ServiceBusReceiveMode.ReceiveAndDelete });

        // Every send was acknowledged, so the queue holds its final contents: read them all, then see it empty.
        var received = await Eventually.ReceiveAsync(receiver, 5);

        Assert.Equal(["0", "1", "3", "5", "6"], received.Select(Text).Order());
        Assert.Null(await receiver.PeekMessageAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_dead_letter_reason_and_description_in_the_error_info_are_kept_as_strings_or_symbols(bool symbolValues)
    {
        var info = new Fields
        {
            [new Symbol("DeadLetterReason")] = symbolValues ? new Symbol("BadPayload") : "BadPayload",
            [new Symbol("DeadLetterErrorDescription")] = symbolValues ? new Symbol("not JSON") : "not JSON",
        };

        var dead = await RejectAsync(new Error(new Symbol("com.microsoft:dead-letter")) { Info = info });

        Assert.Equal("BadPayload", dead.DeadLetterReason);
        Assert.Equal("not JSON", dead.DeadLetterErrorDescription);
    }

    [Fact]
    public async Task A_dead_letter_given_only_as_the_errors_condition_and_description_keeps_them_as_reason_and_description()
    {
        var dead = await RejectAsync(new Error(new Symbol("app:bad-payload")) { Description = "not JSON" });

        Assert.Equal("app:bad-payload", dead.DeadLetterReason);
        Assert.Equal("not JSON", dead.DeadLetterErrorDescription);
    }

    [Fact]
    public async Task A_dead_letter_with_the_reason_in_the_info_and_the_description_on_the_error_keeps_both()
    {
        var dead = await RejectAsync(new Error(new Symbol("com.microsoft:dead-letter")) { Description = "not JSON", Info = new Fields { [new Symbol("DeadLetterReason")] = "BadPayload" } });

        Assert.Equal("BadPayload", dead.DeadLetterReason);
        Assert.Equal("not JSON", dead.DeadLetterErrorDescription);
    }

    [Fact]
    public async Task Properties_to_modify_on_abandon_with_a_symbol_value_reach_the_next_delivery_as_text()
    {
        var id = Guid.NewGuid().ToString("N");
        await WithSessionAsync(async session =>
        {
            var sender = new SenderLink(session, "modify-sender", "interop-modify");
            await sender.SendAsync(new Message("retry me") { Properties = new Properties { MessageId = id } });
            var receiver = new ReceiverLink(session, "modify-receiver", "interop-modify");
            receiver.SetCredit(1, autoRestore: false);
            var message = await receiver.ReceiveAsync(Eventually.Deadline);
            receiver.Modify(message, deliveryFailed: true, undeliverableHere: false, new Fields { [new Symbol("attempt")] = 1, [new Symbol("why")] = new Symbol("timeout") });
            await receiver.CloseAsync();
        });
        await using var dotnet = fixture.Client.CreateReceiver("interop-modify");

        var again = await Eventually.ReceiveOneAsync(dotnet);
        await dotnet.CompleteMessageAsync(again);

        Assert.Equal(id, again.MessageId);
        Assert.Equal(2, again.DeliveryCount);
        Assert.Equal(1, again.ApplicationProperties["attempt"]);
        Assert.Equal("timeout", again.ApplicationProperties["why"]);
    }

    private static string? Text(ServiceBusReceivedMessage message) =>
        message.GetRawAmqpMessage().Body.TryGetValue(out var value) ? value as string : null;

    private async Task<ServiceBusReceivedMessage> RejectAsync(Error error)
    {
        var id = Guid.NewGuid().ToString("N");
        await WithSessionAsync(async session =>
        {
            var sender = new SenderLink(session, "reject-sender", "interop-deadletter");
            await sender.SendAsync(new Message("bad") { Properties = new Properties { MessageId = id } });
            var receiver = new ReceiverLink(session, "reject-receiver", "interop-deadletter");
            receiver.SetCredit(1, autoRestore: false);
            var message = await receiver.ReceiveAsync(Eventually.Deadline);
            Assert.Equal(id, (string)message.Properties.MessageId);
            receiver.Reject(message, error);
            await receiver.CloseAsync();
        });

        await using var deadLetters = fixture.Client.CreateReceiver("interop-deadletter", new ServiceBusReceiverOptions { SubQueue = SubQueue.DeadLetter });
        var dead = await Eventually.ReceiveOneAsync(deadLetters);
        await deadLetters.CompleteMessageAsync(dead);
        Assert.Equal(id, dead.MessageId);
        return dead;
    }

    private async Task WithSessionAsync(Func<Session, Task> use)
    {
        var connection = await new ConnectionFactory().CreateAsync(new Address("127.0.0.1", fixture.Emulator.Port, "RootManageSharedAccessKey", "SAS_KEY_VALUE", "/", "amqp"));
        try
        {
            await use(new Session(connection));
        }
        finally
        {
            await connection.CloseAsync();
        }
    }
}
