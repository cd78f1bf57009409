namespace NewsAlerts.Integration.Tests.Digests;

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using global::Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Texts planned inside quiet hours go on the SMS queue scheduled for their end. The host and its own Service Bus
/// emulator read one clock the test moves (<see cref="ClockedServiceBus"/>): the test sets it to the end of quiet hours
/// instead of waiting for it, and sees what was held until then.
/// </summary>
[Collection("queues")]
public sealed class Texts_in_quiet_hours_wait_for_their_end(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private static readonly TimeZoneInfo London = LocalClock.Zone("Europe/London");
    private ClockedServiceBus queues = null!;
    private HostedStack stack = null!;

    public async Task InitializeAsync()
    {
        // With a data directory, as the local stack runs it: a restart keeps the held texts (issue 16).
        queues = await ClockedServiceBus.StartAsync(keepMessages: true);
        stack = await HostedStack.StartAsync(fixture.Stack, configureServices: queues.UseClock, overrides: queues.HostSettings, runDispatcher: true);
    }

    public async Task DisposeAsync()
    {
        await stack.DisposeAsync();
        await queues.DisposeAsync();
    }

    [Fact]
    public async Task A_text_planned_in_quiet_hours_is_scheduled_and_arrives_when_they_end()
    {
        // Quiet hours around now that end in about ten minutes (whole minutes on their clock): far enough that real
        // time cannot reach them during the test; the emulator holds the scheduled message until the test moves the
        // clock there.
        var now = queues.Clock.GetUtcNow();
        var minute = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, London).DateTime);
        minute = new TimeOnly(minute.Hour, minute.Minute);
        var (start, end) = (minute.AddMinutes(-1), minute.AddMinutes(10));
        var subscriber = await SmsSubscriberAsync(Quiet(start, end, flashThrough: false));
        var endsAt = new QuietHours(start, end, false).EndAfter(now, London)!.Value;
        var article = Article($"urn:test:{Guid.NewGuid():N}", urgency: 2, now);
        var id = JsonNode.Parse(article)!["uri"]!.GetValue<string>();

        var dryRun = (await Editor.PublishAsync(stack.Host, article, dryRun: true)).GetProperty("reach");
        var published = (await Editor.PublishAsync(stack.Host, article)).GetProperty("reach");

        Assert.Equal(dryRun.ToString(), published.ToString());
        Assert.Equal((0, 1), (published.GetProperty("smsAlerts").GetInt32(), published.GetProperty("smsScheduled").GetInt32()));
        Assert.Empty(await stack.Sink.MessagesToAsync(subscriber.Phone!, CancellationToken.None));
        Assert.Equal(endsAt, await ScheduledTextAsync());

        queues.Clock.SetNow(endsAt);

        await Eventually.TrueAsync(
            async () => (await stack.Sink.MessagesToAsync(subscriber.Phone!, CancellationToken.None)).Count > 0, "the text arrives when quiet hours end");
        Assert.Single(await stack.Sink.MessagesToAsync(subscriber.Phone!, CancellationToken.None));
        // When it was sent on the host's clock (the sink, another process, reads the real one): not before the end.
        // (The sink's status callback may have marked it delivered since, later still.)
        var sent = await DecidedAsync(id, subscriber.Id);
        Assert.True(sent.State is LedgerState.Sent or LedgerState.Delivered, $"{sent.State}");
        Assert.True(sent.UpdatedAt >= endsAt, $"sent {sent.UpdatedAt:o}, quiet hours ended {endsAt:o}");
    }

    [Fact]
    public async Task A_text_held_for_quiet_hours_survives_a_restart_of_the_queues_and_arrives_when_they_end()
    {
        // Issue 16: stopping `dev` (and its Service Bus emulator) and starting it again lost every held text.
        var now = queues.Clock.GetUtcNow();
        var minute = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, London).DateTime);
        minute = new TimeOnly(minute.Hour, minute.Minute);
        var (start, end) = (minute.AddMinutes(-1), minute.AddMinutes(10));
        var subscriber = await SmsSubscriberAsync(Quiet(start, end, flashThrough: false));
        var endsAt = new QuietHours(start, end, false).EndAfter(now, London)!.Value;
        var article = Article($"urn:test:{Guid.NewGuid():N}", urgency: 2, now);
        var id = JsonNode.Parse(article)!["uri"]!.GetValue<string>();

        var published = (await Editor.PublishAsync(stack.Host, article)).GetProperty("reach");
        Assert.Equal(1, published.GetProperty("smsScheduled").GetInt32());
        Assert.Equal(endsAt, await ScheduledTextAsync());

        await queues.RestartAsync();

        Assert.Equal(endsAt, await ScheduledTextAsync());
        queues.Clock.SetNow(endsAt);
        await Eventually.TrueAsync(
            async () => (await stack.Sink.MessagesToAsync(subscriber.Phone!, CancellationToken.None)).Count > 0, "the text kept across the restart arrives when quiet hours end");
        Assert.Single(await stack.Sink.MessagesToAsync(subscriber.Phone!, CancellationToken.None));
        var sent = await DecidedAsync(id, subscriber.Id);
        Assert.True(sent.State is LedgerState.Sent or LedgerState.Delivered, $"{sent.State}");
    }

    [Fact]
    public async Task A_text_stale_by_the_end_is_held_in_the_ledger_and_a_flash_story_passes_when_let_through()
    {
        var now = queues.Clock.GetUtcNow();
        var minute = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, London).DateTime);
        var (start, end) = (minute.AddMinutes(-1), minute.AddMinutes(30));
        var heldBack = await SmsSubscriberAsync(Quiet(start, end, flashThrough: false));
        var letThrough = await SmsSubscriberAsync(Quiet(start, end, flashThrough: true));
        var old = Article($"urn:test:{Guid.NewGuid():N}", urgency: 1, now.AddHours(-5)); // past the 4 h stale limit when quiet hours end

        var reach = (await Editor.PublishAsync(stack.Host, old)).GetProperty("reach");
        var ledger = stack.Host.Services.GetRequiredService<IDeliveryLedger>();
        var id = JsonNode.Parse(old)!["uri"]!.GetValue<string>();

        Assert.Equal((1, 1), (reach.GetProperty("smsAlerts").GetInt32(), reach.GetProperty("smsHeldStale").GetInt32()));
        Assert.Equal(LedgerState.HeldStale, await ledger.GetStateAsync(id, heldBack.Id, Channel.Sms, CancellationToken.None));
        await stack.Sink.WaitForAsync(letThrough.Phone!, CancellationToken.None);
    }

    [Fact]
    public async Task A_text_waiting_for_the_end_of_quiet_hours_is_never_sent_when_its_story_is_withdrawn_meanwhile()
    {
        var now = queues.Clock.GetUtcNow();
        var minute = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, London).DateTime);
        minute = new TimeOnly(minute.Hour, minute.Minute);
        var subscriber = await SmsSubscriberAsync(Quiet(minute.AddMinutes(-1), minute.AddMinutes(10), flashThrough: false));
        var endsAt = new QuietHours(minute.AddMinutes(-1), minute.AddMinutes(10), false).EndAfter(now, London)!.Value;
        var article = Article($"urn:test:{Guid.NewGuid():N}", urgency: 2, now);
        var id = JsonNode.Parse(article)!["uri"]!.GetValue<string>();
        var withdrawal = JsonNode.Parse(article)!;
        withdrawal["version"] = 2;
        withdrawal["pubstatus"] = "canceled";
        withdrawal["ednote"] = "Not verified.";

        var published = (await Editor.PublishAsync(stack.Host, article)).GetProperty("reach");
        var withdrawn = await Editor.PublishAsync(stack.Host, withdrawal.ToJsonString());

        Assert.Equal(1, published.GetProperty("smsScheduled").GetInt32());
        Assert.Equal("Withdrawal", withdrawn.GetProperty("decision").GetString());
        Assert.Equal(0, withdrawn.GetProperty("reach").GetProperty("followUpSms").GetInt32());
        Assert.Equal(endsAt, await ScheduledTextAsync());
        // The scheduled text is handed to the dispatcher when quiet hours end; it records it skipped instead of sending.
        queues.Clock.SetNow(endsAt);

        var row = await DecidedAsync(id, subscriber.Id);
        Assert.Equal((LedgerState.Skipped, RecipientDecisions.StoryWithdrawnReason), (row.State, row.Reason));
        Assert.Empty(await stack.Sink.MessagesToAsync(subscriber.Phone!, CancellationToken.None));
    }

    // When the one text on this test's own SMS queue is scheduled for (the emulator holds it until then).
    private async Task<DateTimeOffset> ScheduledTextAsync()
    {
        await using var receiver = stack.ServiceBus.CreateReceiver(AlertChannel.Sms.Queue);
        var text = Assert.Single(await receiver.PeekMessagesAsync(10));
        Assert.Equal(ServiceBusMessageState.Scheduled, text.State);
        return text.ScheduledEnqueueTime;
    }

    // The subscriber's SMS ledger row for the article once the dispatcher decided it (no longer claimed).
    private async Task<LedgerEntry> DecidedAsync(string articleId, string subscriberId)
    {
        var ledger = stack.Host.Services.GetRequiredService<IDeliveryLedger>();
        LedgerEntry? row = null;
        await Eventually.TrueAsync(
            async () =>
            {
                await foreach (var entry in ledger.ListAsync(articleId, Channel.Sms, CancellationToken.None))
                {
                    row = entry.SubscriberId == subscriberId ? entry : row;
                }

                return row is { State: not LedgerState.Claimed };
            },
            "the scheduled text is decided when quiet hours end");
        return row!;
    }

    private async Task<Subscriber> SmsSubscriberAsync(string preferences)
    {
        using var request = JsonDocument.Parse($$"""{"phone": "{{TestPhones.NewValid()}}", "timeZone": "Europe/London", "topics": ["Syria"], "preferences": {{preferences}} }""");
        var parsed = SubscriberRequestParser.ParseSignUp(request.RootElement, new TextablePhones(["GB"]));
        Assert.Empty(parsed.Errors);
        return (await SignUps.ConfirmedAsync(stack.Host, parsed.Value!)).Subscriber;
    }

    private static string Quiet(TimeOnly start, TimeOnly end, bool flashThrough) =>
        new JsonObject
        {
            ["quietHours"] = new JsonObject
            {
                ["start"] = start.ToString("HH:mm", CultureInfo.InvariantCulture), ["end"] = end.ToString("HH:mm", CultureInfo.InvariantCulture), ["flashThrough"] = flashThrough,
            },
        }.ToJsonString();

    private static string Article(string id, int urgency, DateTimeOffset published)
    {
        var json = JsonNode.Parse(Editor.SampleArticle(id, urgency))!;
        json["versioncreated"] = published.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return json.ToJsonString();
    }
}
