namespace NewsAlerts.Integration.Tests.Delivery;

using System.Text.Json;
using global::Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Testing;

/// <summary>Reach counts confirmed, unsuppressed contacts that want the channel at this urgency and were not sent this article yet.</summary>
[Collection("queues")]
public sealed class Reach_counts_only_what_will_be_sent(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack, runDispatcher: true);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task A_dry_run_and_the_real_run_report_what_is_then_sent_also_for_an_upgrade()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var both = Save($"both-{tag}@example.com", ContactStatus.Confirmed, TestPhones.NewValid(), ContactStatus.Confirmed, smsMaxUrgency: 2);
        var pending = Save($"pending-{tag}@example.com", ContactStatus.Pending, null, ContactStatus.None);
        var suppressed = Save($"suppressed-{tag}@example.com", ContactStatus.Confirmed, null, ContactStatus.None);
        var optedOut = Save($"optedout-{tag}@example.com", ContactStatus.OptedOut, null, ContactStatus.None);
        var flashOnly = Save(null, ContactStatus.None, TestPhones.NewValid(), ContactStatus.Confirmed, smsMaxUrgency: 1);
        foreach (var subscriber in new[] { both, pending, suppressed, optedOut, flashOnly })
        {
            await stack.Host.Services.GetRequiredService<ISubscriberStore>().SaveAsync(subscriber, CancellationToken.None);
        }

        await stack.Host.Services.GetRequiredService<SuppressionList>().SuppressAsync(Channel.Email, suppressed.Email!, SuppressionReason.Unsubscribe, CancellationToken.None);
        await stack.Host.Services.GetRequiredService<SubscriberSync>().RefreshAsync(CancellationToken.None);
        var id = $"urn:test:reach:{tag}";

        // Version 1, not breaking: one email (the confirmed, unsuppressed address), no SMS.
        var (dry, real) = await DryThenRealAsync(Editor.SampleArticle(id, urgency: 4, version: 1));
        Assert.Equal((1, 0), (dry.GetProperty("emailAlerts").GetInt32(), dry.GetProperty("smsAlerts").GetInt32()));
        Assert.Equal(dry.ToString(), real.ToString());
        await Eventually.TrueAsync(
            async () => await stack.Host.Services.GetRequiredService<IDeliveryLedger>().GetStateAsync(id, both.Id, Channel.Email, CancellationToken.None) == LedgerState.Sent,
            "the email is recorded sent");

        // Version 2, upgraded to flash: no email again (already sent), SMS to both numbers.
        (dry, real) = await DryThenRealAsync(Editor.SampleArticle(id, urgency: 1, version: 2));
        Assert.Equal((0, 2), (dry.GetProperty("emailAlerts").GetInt32(), dry.GetProperty("smsAlerts").GetInt32()));
        Assert.Equal(dry.ToString(), real.ToString());
        await stack.Sink.WaitForAsync(both.Phone!, CancellationToken.None);
        await stack.Sink.WaitForAsync(flashOnly.Phone!, CancellationToken.None);
        await stack.Inbox.WaitForAsync(both.Email!, CancellationToken.None);
        await QueuesDrainedAsync();

        // What was sent is what was reported: 1 email and 2 texts in all.
        Assert.Equal(1, await stack.Inbox.CountAsync(both.Email!, CancellationToken.None));
        Assert.Single(await stack.Sink.MessagesToAsync(both.Phone!, CancellationToken.None));
        Assert.Single(await stack.Sink.MessagesToAsync(flashOnly.Phone!, CancellationToken.None));
        foreach (var nobody in new[] { pending, suppressed, optedOut })
        {
            Assert.Equal(0, await stack.Inbox.CountAsync(nobody.Email!, CancellationToken.None));
        }
    }

    private static Subscriber Save(string? email, ContactStatus emailStatus, string? phone, ContactStatus smsStatus, int smsMaxUrgency = 2) => new(
        $"s{Guid.NewGuid():N}", email, emailStatus, phone, smsStatus, "UTC", [new Topic("t1", "Syria", false)], smsMaxUrgency, DateTimeOffset.UtcNow, SmsWelcomed: true);

    private async Task<(JsonElement Dry, JsonElement Real)> DryThenRealAsync(string article)
    {
        var dry = (await Editor.PublishAsync(stack.Host, article, dryRun: true)).GetProperty("reach");
        var real = (await Editor.PublishAsync(stack.Host, article)).GetProperty("reach");
        return (dry, real);
    }

    private async Task QueuesDrainedAsync()
    {
        foreach (var queue in new[] { "email-alerts", "sms-alerts" })
        {
            await using var receiver = stack.ServiceBus.CreateReceiver(queue);
            await Eventually.TrueAsync(async () => await receiver.PeekMessageAsync() is null, $"{queue} is empty");
        }
    }
}
