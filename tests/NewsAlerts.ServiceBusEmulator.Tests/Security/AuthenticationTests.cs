using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Azure.Messaging.ServiceBus;
using NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

namespace NewsAlerts.ServiceBusEmulator.Tests.Security;

public sealed class AuthenticationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Client_with_the_wrong_key_is_refused_as_unauthorized()
    {
        var connectionString = fixture.Emulator.ConnectionString.Replace("SharedAccessKey=SAS_KEY_VALUE", "SharedAccessKey=wrong-key", StringComparison.Ordinal);
        await using var client = new ServiceBusClient(connectionString, EmulatorFixture.ClientOptions);
        await using var sender = client.CreateSender("basic");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => sender.SendMessageAsync(new ServiceBusMessage("nope")));
    }

    [Fact]
    public async Task Client_with_an_expired_token_is_refused_as_unauthorized()
    {
        var audience = $"amqp://127.0.0.1:{fixture.Emulator.Port}/basic";
        var token = SignedToken(audience, "RootManageSharedAccessKey", "SAS_KEY_VALUE", DateTimeOffset.UtcNow.AddMinutes(-5));
        var connectionString = $"Endpoint=sb://127.0.0.1:{fixture.Emulator.Port};SharedAccessSignature={token};UseDevelopmentEmulator=true;";
        await using var client = new ServiceBusClient(connectionString, EmulatorFixture.ClientOptions);
        await using var sender = client.CreateSender("basic");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => sender.SendMessageAsync(new ServiceBusMessage("nope")));
    }

    [Fact]
    public async Task Client_with_a_valid_token_for_the_entity_is_accepted()
    {
        var audience = $"amqp://127.0.0.1:{fixture.Emulator.Port}/basic";
        var token = SignedToken(audience, "RootManageSharedAccessKey", "SAS_KEY_VALUE", DateTimeOffset.UtcNow.AddMinutes(5));
        var connectionString = $"Endpoint=sb://127.0.0.1:{fixture.Emulator.Port};SharedAccessSignature={token};UseDevelopmentEmulator=true;";
        await using var client = new ServiceBusClient(connectionString, EmulatorFixture.ClientOptions);
        await using var sender = client.CreateSender("basic");
        await using var receiver = fixture.Client.CreateReceiver("basic", new ServiceBusReceiverOptions { ReceiveMode = ServiceBusReceiveMode.ReceiveAndDelete });

        await sender.SendMessageAsync(new ServiceBusMessage("signed"));

        Assert.Equal("signed", (await Eventually.ReceiveOneAsync(receiver)).Body.ToString());
    }

    private static string SignedToken(string audience, string keyName, string key, DateTimeOffset expires)
    {
        var resource = WebUtility.UrlEncode(audience);
        var expiry = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(resource + "\n" + expiry)));
        return $"SharedAccessSignature sr={resource}&sig={WebUtility.UrlEncode(signature)}&se={expiry}&skn={keyName}";
    }
}
