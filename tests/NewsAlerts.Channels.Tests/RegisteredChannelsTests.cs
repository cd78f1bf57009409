namespace NewsAlerts.Channels.Tests;

using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Channels.Tests.Support;
using NewsAlerts.Core.Delivery;
using NewsAlerts.SmsSink;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

/// <summary>The senders as the dispatcher gets them from <c>AddNewsAlertsChannels()</c>, against smtp4dev and the SMS sink.</summary>
public sealed class RegisteredChannelsTests(StackFixture stack, SmsSinkFixture sink) : IClassFixture<StackFixture>, IClassFixture<SmsSinkFixture>
{
    [Fact]
    public async Task Registered_email_sender_delivers_to_smtp4dev()
    {
        await using var provider = Provider();
        var to = Alerts.UniqueAddress();

        var outcome = await provider.GetRequiredService<IEmailSender>().SendAsync(Alerts.Email(to), CancellationToken.None);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        using var inbox = new Smtp4devInbox(stack.Stack.SmtpInbox);
        Assert.Equal(outcome.ProviderMessageId, (await inbox.WaitForAsync(to, CancellationToken.None)).MessageId);
    }

    [Fact]
    public async Task Registered_sms_sender_retries_a_429_and_then_delivers()
    {
        await using var provider = Provider();
        (await sink.Http.PostAsJsonAsync("sink/faults", new SinkFault(429, 1, 0))).EnsureSuccessStatusCode();
        var to = SmsSinkFixture.UniqueNumber();

        var outcome = await provider.GetRequiredService<ISmsSender>().SendAsync(Alerts.Sms(to), CancellationToken.None);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.Equal(outcome.ProviderMessageId, Assert.Single(await sink.MessagesToAsync(to)).Sid);
    }

    private ServiceProvider Provider()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = $"{stack.Stack.SmtpPort}",
            ["Smtp:FromAddress"] = "alerts@newsalerts.test",
            ["Twilio:AccountSid"] = SmsSinkFixture.AccountSid,
            ["Twilio:AuthToken"] = SmsSinkFixture.AuthToken,
            ["Twilio:FromNumber"] = "+15005550006",
            ["Twilio:ApiBaseUrl"] = sink.SinkUri.AbsoluteUri,
            ["Twilio:MessagesPerSecond"] = "100",
        };
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddNewsAlertsChannels();
        return services.BuildServiceProvider();
    }
}
