namespace NewsAlerts.Integration.Tests.Delivery;

using System.Net;
using System.Text.Json.Nodes;
using global::Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

[Collection("queues")]
public sealed class Failures_disable_channels_and_dead_letter_with_reasons(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;
    private ServiceBusClient serviceBus = null!;

    public async Task InitializeAsync()
    {
        // A 1-second refresh: subscribers written by "another instance" (straight to the store) must be picked up.
        host = await TestFunctionHost.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?> { ["Alerts:IndexRefreshSeconds"] = "1" }, runDispatcher: true);
        serviceBus = new ServiceBusClient(fixture.Stack.ServiceBusConnectionString);
    }

    public async Task DisposeAsync()
    {
        await serviceBus.DisposeAsync();
        await host.DisposeAsync();
    }

    [Theory]
    [InlineData(SmsSinkService.InvalidNumber)] // the sink answers Twilio error 21211
    [InlineData(SmsSinkService.OptedOutNumber)] // the sink answers Twilio error 21610
    public async Task A_number_twilio_refuses_for_good_is_recorded_failed_and_its_sms_channel_disabled(string phone)
    {
        Assert.NotNull(ContactValidation.Phone(phone).E164);
        var store = host.Services.GetRequiredService<ISubscriberStore>();
        var subscriber = new Subscriber(
            $"f{Guid.NewGuid():N}", null, ContactStatus.None, phone, ContactStatus.Confirmed, "UTC", [new Topic("t1", "Aleppo", false)], 2, DateTimeOffset.UtcNow);
        await store.SaveAsync(subscriber, CancellationToken.None);
        var id = $"urn:test:{Guid.NewGuid():N}";

        // No explicit refresh: the index picks the new subscriber up from the store within seconds.
        await Eventually.TrueAsync(async () => (await Editor.PublishAsync(host, Editor.SampleArticle(id, urgency: 1), dryRun: true)).GetProperty("reach").GetProperty("smsAlerts").GetInt32() > 0, "the new subscriber matches");
        await Editor.PublishAsync(host, Editor.SampleArticle(id, urgency: 1));

        // The dispatcher disables the channel first and records the ledger row with the rest of its group afterwards,
        // so wait for the later of the two: once the row is Failed, the channel was disabled before it.
        var ledger = host.Services.GetRequiredService<IDeliveryLedger>();
        LedgerState? state = null;
        await Eventually.TrueAsync(
            async () => (state = await ledger.GetStateAsync(id, subscriber.Id, Channel.Sms, CancellationToken.None)) is not (null or LedgerState.Claimed),
            "the SMS outcome is recorded");

        Assert.Equal(LedgerState.Failed, state);
        Assert.Equal(ContactStatus.Disabled, (await store.GetAsync(subscriber.Id, CancellationToken.None))!.SmsStatus);
    }

    [Fact]
    public async Task A_message_that_is_not_a_delivery_batch_goes_to_the_dead_letter_queue_with_a_reason()
    {
        var messageId = Guid.NewGuid().ToString("N");
        await using (var sender = serviceBus.CreateSender("email-alerts"))
        {
            await sender.SendMessageAsync(new ServiceBusMessage("{ not json") { MessageId = messageId });
        }

        await using var deadLetters = serviceBus.CreateReceiver("email-alerts", new ServiceBusReceiverOptions { SubQueue = SubQueue.DeadLetter });
        ServiceBusReceivedMessage? dead = null;
        await Eventually.TrueAsync(async () =>
        {
            dead = (await deadLetters.ReceiveMessagesAsync(50, TimeSpan.FromMilliseconds(200))).FirstOrDefault(m => m.MessageId == messageId);
            if (dead is not null)
            {
                await deadLetters.CompleteMessageAsync(dead);
            }

            return dead is not null;
        }, "the malformed message is dead-lettered");

        Assert.Equal("MalformedBatch", dead!.DeadLetterReason);
        Assert.Contains("not a delivery batch", dead.DeadLetterErrorDescription, StringComparison.Ordinal);
    }
}
