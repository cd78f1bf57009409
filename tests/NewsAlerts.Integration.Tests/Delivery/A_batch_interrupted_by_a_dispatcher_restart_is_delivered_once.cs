namespace NewsAlerts.Integration.Tests.Delivery;

using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

[Collection("queues")]
public sealed class A_batch_interrupted_by_a_dispatcher_restart_is_delivered_once(StackFixture fixture) : IClassFixture<StackFixture>
{
    private const int Recipients = 60;

    [Fact]
    public async Task Stopping_the_dispatcher_mid_batch_and_starting_another_delivers_every_alert_exactly_once()
    {
        // A slow sender (20 emails/s) so the stop lands in the middle of the batch.
        var slow = new Dictionary<string, string?> { ["Smtp:MessagesPerSecond"] = "20" };
        var first = await TestFunctionHost.StartAsync(fixture.Stack, overrides: slow, runDispatcher: true);
        var tag = Guid.NewGuid().ToString("N")[..10];
        var addresses = Enumerable.Range(0, Recipients).Select(i => $"chaos-{tag}-{i}@example.com").ToList();
        using var inbox = new Smtp4devInbox(fixture.Stack.SmtpInbox);

        var store = first.Services.GetRequiredService<ISubscriberStore>();
        foreach (var (address, i) in addresses.Select((a, i) => (a, i)))
        {
            await store.SaveAsync(
                new Subscriber($"c{tag}{i:D3}", address, ContactStatus.Confirmed, null, ContactStatus.None, "UTC", [new Topic("t1", "Aleppo", false)], 2, DateTimeOffset.UtcNow),
                CancellationToken.None);
        }

        await first.Services.GetRequiredService<SubscriberSync>().RefreshAsync(CancellationToken.None);
        await Editor.PublishAsync(first, Editor.SampleArticle($"urn:test:chaos:{tag}"));
        await Eventually.TrueAsync(async () => await DeliveredAsync(inbox, addresses) >= 10, "some of the batch is delivered");
        await first.DisposeAsync();
        var deliveredBeforeRestart = await DeliveredAsync(inbox, addresses);

        await using var second = await TestFunctionHost.StartAsync(
            fixture.Stack, overrides: new Dictionary<string, string?>(slow) { ["Storage:TablePrefix"] = first.TablePrefix }, runDispatcher: true);
        await Eventually.TrueAsync(async () => await DeliveredAsync(inbox, addresses) >= Recipients, "every alert is delivered", TimeSpan.FromSeconds(60));

        Assert.InRange(deliveredBeforeRestart, 10, Recipients - 1);
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
