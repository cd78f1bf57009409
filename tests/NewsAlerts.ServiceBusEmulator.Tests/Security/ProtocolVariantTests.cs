using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Amqp;
using Amqp.Framing;
using Amqp.Sasl;
using Azure.Messaging.ServiceBus;
using NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

namespace NewsAlerts.ServiceBusEmulator.Tests.Security;

/// <summary>
/// Service Bus clients in other languages differ in SASL mechanism and in how they attach the $cbs reply
/// link; these tests speak AMQP through a second library (AMQPNetLite) to cover those variants.
/// </summary>
public sealed class ProtocolVariantTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Anonymous_client_authorizes_on_cbs_through_a_dynamic_reply_link_and_sends()
    {
        var factory = new ConnectionFactory();
        factory.SASL.Profile = SaslProfile.Anonymous;
        var connection = await factory.CreateAsync(new Address("127.0.0.1", fixture.Emulator.Port, null, null, "/", "amqp"));
        try
        {
            var session = new Session(connection);
            var replyAddress = new TaskCompletionSource<string>();
            var requests = new SenderLink(session, "cbs-requests", "$cbs");
            var replies = new ReceiverLink(session, "cbs-replies", new Source { Dynamic = true }, (_, attach) => replyAddress.TrySetResult(((Source)attach.Source).Address));
            var audience = $"amqp://127.0.0.1:{fixture.Emulator.Port}/protocol";
            var request = new Message(Token(audience, DateTimeOffset.UtcNow.AddMinutes(5)))
            {
                Properties = new Properties { MessageId = "put-1", ReplyTo = await replyAddress.Task.WaitAsync(Eventually.Deadline) },
                ApplicationProperties = new ApplicationProperties(),
            };
            request.ApplicationProperties["operation"] = "put-token";
            request.ApplicationProperties["type"] = "servicebus.windows.net:sastoken";
            request.ApplicationProperties["name"] = audience;
            await requests.SendAsync(request);
            var response = await replies.ReceiveAsync(Eventually.Deadline);
            replies.Accept(response);

            Assert.Equal(202, response.ApplicationProperties["status-code"]);
            Assert.Equal("put-1", response.Properties.CorrelationId);
            var sender = new SenderLink(session, "protocol-sender", "protocol");
            await sender.SendAsync(new Message("from another client") { Properties = new Properties { MessageId = "other-1" } });
        }
        finally
        {
            await connection.CloseAsync();
        }

        await using var receiver = fixture.Client.CreateReceiver("protocol", new ServiceBusReceiverOptions { ReceiveMode = ServiceBusReceiveMode.ReceiveAndDelete });
        var received = await Eventually.ReceiveOneAsync(receiver);
        Assert.Equal("other-1", received.MessageId);
        Assert.True(received.GetRawAmqpMessage().Body.TryGetValue(out var value));
        Assert.Equal("from another client", value);
    }

    [Fact]
    public async Task Plain_client_with_the_namespace_key_sends_without_cbs()
    {
        var connection = await new ConnectionFactory().CreateAsync(new Address("127.0.0.1", fixture.Emulator.Port, "RootManageSharedAccessKey", "SAS_KEY_VALUE", "/", "amqp"));
        try
        {
            var sender = new SenderLink(new Session(connection), "plain-sender", "protocol");
            await sender.SendAsync(new Message("plain") { Properties = new Properties { MessageId = "plain-1" } });
        }
        finally
        {
            await connection.CloseAsync();
        }

        await using var receiver = fixture.Client.CreateReceiver("protocol", new ServiceBusReceiverOptions { ReceiveMode = ServiceBusReceiveMode.ReceiveAndDelete });
        Assert.Equal("plain-1", (await Eventually.ReceiveOneAsync(receiver)).MessageId);
    }

    [Fact]
    public async Task Anonymous_client_without_a_token_is_refused_as_unauthorized_at_attach()
    {
        var factory = new ConnectionFactory();
        factory.SASL.Profile = SaslProfile.Anonymous;
        var connection = await factory.CreateAsync(new Address("127.0.0.1", fixture.Emulator.Port, null, null, "/", "amqp"));
        try
        {
            var sender = new SenderLink(new Session(connection), "no-token", "protocol");
            var refused = await Assert.ThrowsAsync<AmqpException>(() => sender.SendAsync(new Message("nope")));
            Assert.Equal(ErrorCode.UnauthorizedAccess, (string)refused.Error.Condition);
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static string Token(string audience, DateTimeOffset expires)
    {
        var resource = WebUtility.UrlEncode(audience);
        var expiry = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes("SAS_KEY_VALUE"), Encoding.UTF8.GetBytes(resource + "\n" + expiry)));
        return $"SharedAccessSignature sr={resource}&sig={WebUtility.UrlEncode(signature)}&se={expiry}&skn=RootManageSharedAccessKey";
    }
}
