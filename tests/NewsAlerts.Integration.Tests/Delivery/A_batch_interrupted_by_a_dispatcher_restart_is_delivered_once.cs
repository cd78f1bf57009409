namespace NewsAlerts.Integration.Tests.Delivery;

using global::Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Integration.Tests.Delivery.Gates;
using NewsAlerts.Testing;

[Collection("queues")]
public sealed class A_batch_interrupted_by_a_dispatcher_restart_is_delivered_once(StackFixture fixture) : IClassFixture<StackFixture>
{
    private const int Recipients = 60;
    private const int PassingBeforeTheStop = 10;

    [Fact]
    public async Task Stopping_the_dispatcher_mid_batch_and_starting_another_delivers_every_alert_exactly_once()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var addresses = Enumerable.Range(0, Recipients).Select(i => $"chaos-{tag}-{i}@example.com").ToList();
        using var inbox = new Smtp4devInbox(fixture.Stack.SmtpInbox);

        // The stop point is chosen, not timed: the first host sends 10 alerts of the batch, then holds the others
        // already started until its email worker is stopping; those finish (a claimed group is never abandoned
        // between provider and ledger) and the rest of the batch is handed back.
        await using var serviceBus = new StopSignallingServiceBusClient(fixture.Stack.ServiceBusConnectionString, DeliveryBatch.QueueFor(Channel.Email));
        var first = await TestFunctionHost.StartAsync(
            fixture.Stack,
            configureServices: services =>
            {
                services.Replace(ServiceDescriptor.Singleton<ServiceBusClient>(serviceBus));
                services.Decorate<IEmailSender>((_, inner) => new HoldingEmailSender(
                    inner, address => address.StartsWith($"chaos-{tag}-", StringComparison.Ordinal), PassingBeforeTheStop, serviceBus.Stopping));
            },
            runDispatcher: true);
        var store = first.Services.GetRequiredService<ISubscriberStore>();
        foreach (var (address, i) in addresses.Select((a, i) => (a, i)))
        {
            await store.SaveAsync(
                new Subscriber($"c{tag}{i:D3}", address, ContactStatus.Confirmed, null, ContactStatus.None, "UTC", [new Topic("t1", "Aleppo", false)], 2, DateTimeOffset.UtcNow),
                CancellationToken.None);
        }

        await first.Services.GetRequiredService<SubscriberSync>().RefreshAsync(CancellationToken.None);
        await Editor.PublishAsync(first, Editor.SampleArticle($"urn:test:chaos:{tag}"));
        var gate = (HoldingEmailSender)first.Services.GetRequiredService<IEmailSender>();
        await gate.Holding.WaitAsync(TimeSpan.FromSeconds(60));
        await first.DisposeAsync();
        var deliveredBeforeRestart = gate.Sent;
        await Eventually.TrueAsync(async () => await DeliveredAsync(inbox, addresses) == deliveredBeforeRestart, "the first host's alerts are in the inbox");

        await using var second = await TestFunctionHost.StartAsync(
            fixture.Stack, overrides: new Dictionary<string, string?> { ["Storage:TablePrefix"] = first.TablePrefix }, runDispatcher: true);
        await Eventually.TrueAsync(async () => await DeliveredAsync(inbox, addresses) >= Recipients, "every alert is delivered", TimeSpan.FromSeconds(60));

        Assert.InRange(deliveredBeforeRestart, PassingBeforeTheStop + 1, Recipients - 1);
        foreach (var address in addresses)
        {
            Assert.Equal(1, await inbox.CountAsync(address, CancellationToken.None));
        }
    }

    private static async Task<int> DeliveredAsync(Smtp4devInbox inbox, IEnumerable<string> addresses)
    {
        var total = 0;
        foreach (var address in addresses)
        {
            total += await inbox.CountAsync(address, CancellationToken.None);
        }

        return total;
    }
}
