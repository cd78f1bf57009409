namespace NewsAlerts.Integration.Tests.Delivery;

using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.History;
using NewsAlerts.Core.Pausing;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

[Collection("queues")]
public sealed class What_was_sent_goes_in_the_history_and_a_paused_subscriber_gets_nothing(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack, runDispatcher: true);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_dispatcher_writes_the_alert_and_why_for_the_recipient_and_planning_leaves_the_paused_one_out()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var listening = await SignUps.ConfirmedAsync(host, Request($"listening-{tag}@example.com"));
        var paused = await SignUps.ConfirmedAsync(host, Request($"paused-{tag}@example.com"));
        var service = host.Services.GetRequiredService<SubscriberService>();
        var pause = await service.ChangeSettingsAsync(paused.Subscriber.Id, paused.ManageToken, new SubscriberSettings(null, null, Pause: new PauseChange(PauseLength.Week)), CancellationToken.None);
        Assert.Equal(SubscriberOutcomeKind.Ok, pause.Kind);
        var articleId = $"urn:test:{tag}:history";

        await Editor.PublishAsync(host, Editor.SampleArticle(articleId, urgency: 3, url: $"https://news.example.com/{tag}"));

        var history = host.Services.GetRequiredService<IAlertHistory>();
        IReadOnlyList<ReceivedAlert> rows = [];
        await Eventually.TrueAsync(async () => (rows = await history.RecentAsync(listening.Subscriber.Id, DateTimeOffset.UtcNow.AddDays(-1), 10, CancellationToken.None)).Count == 1,
            "the alert sent goes in the recipient's history");
        var row = rows[0];
        Assert.Equal((Channel.Email, ReceivedKind.Alert, articleId), (row.Channel, row.Kind, row.Key));
        Assert.Equal(new Uri($"https://news.example.com/{tag}"), row.Url);
        Assert.Contains("Syria", row.Reason, StringComparison.OrdinalIgnoreCase);

        // Both were matched by the one plan: the paused one was left out of it, so nothing is recorded or kept for them.
        var ledger = host.Services.GetRequiredService<IDeliveryLedger>();
        Assert.Equal(LedgerState.Sent, await ledger.GetStateAsync(articleId, listening.Subscriber.Id, Channel.Email, CancellationToken.None));
        Assert.Null(await ledger.GetStateAsync(articleId, paused.Subscriber.Id, Channel.Email, CancellationToken.None));
        Assert.Empty(await history.RecentAsync(paused.Subscriber.Id, DateTimeOffset.MinValue, 10, CancellationToken.None));
    }

    private static SubscriberRequest Request(string email) =>
        new(email, null, "Europe/London", [("Syria", false)], 2, DeliveryPreferences.AsItHappens);
}
