namespace NewsAlerts.Integration.Tests.Digests;

using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Caps;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>Issue 16, trial #4: a daily cap set mid-day counts what that day has sent already, not "from now on".</summary>
[Collection("queues")]
public sealed class A_cap_set_mid_day_counts_the_texts_already_sent(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);
    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack, runDispatcher: true);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task Three_texts_without_a_cap_then_a_cap_of_two_holds_the_next_text()
    {
        using var request = JsonDocument.Parse($$"""
            {"phone": "{{TestPhones.NewValid()}}", "timeZone": "Europe/London", "topics": ["Syria"]}
            """);
        var signUp = await SignUps.ConfirmedAsync(stack.Host, SubscriberRequestParser.ParseSignUp(request.RootElement, new TextablePhones(["GB"])).Value!);
        var subscriber = signUp.Subscriber;
        var ledger = stack.Host.Services.GetRequiredService<IDeliveryLedger>();
        var history = stack.Host.Services.GetRequiredService<IAlertHistory>();
        var caps = stack.Host.Services.GetRequiredService<IDailyCapStore>();
        var textsBefore = (await stack.Sink.MessagesToAsync(subscriber.Phone!, CancellationToken.None)).Count;
        var morning = Enumerable.Range(0, 3).Select(_ => $"urn:test:{Guid.NewGuid():N}").ToList();
        foreach (var id in morning)
        {
            await Editor.PublishAsync(stack.Host, Editor.SampleArticle(id, urgency: 1));
        }

        await Eventually.TrueAsync(
            async () => (await history.RecentAsync(subscriber.Id, DateTimeOffset.UtcNow.AddHours(-1), 100, CancellationToken.None)).Count(r => r.Channel == Channel.Sms) == 3,
            "three texts sent and in the history", Deadline);

        using var patch = new HttpRequestMessage(HttpMethod.Patch, $"api/subscribers/{subscriber.Id}") { Content = Api.Json("""{"preferences": {"caps": {"sms": 2}}}""") };
        patch.Headers.Authorization = new("Bearer", signUp.ManageToken);
        using var patched = await stack.Host.Client.SendAsync(patch);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);

        // The day's counter holds the three texts sent before the cap, under the dispatcher's own keys.
        var day = DailyCapCounting.LocalDay(DateTimeOffset.UtcNow, LocalClock.Zone("Europe/London"));
        var counted = await caps.GetAsync(subscriber.Id, Channel.Sms, day, CancellationToken.None);
        Assert.Equal(morning.Select(DailyCapCounting.CountKey).Order(), counted.Keys.Order());

        var afternoon = $"urn:test:{Guid.NewGuid():N}";
        var reach = (await Editor.PublishAsync(stack.Host, Editor.SampleArticle(afternoon, urgency: 1))).GetProperty("reach");

        Assert.Equal(1, reach.GetProperty("smsHeldByCap").GetInt32());
        await Eventually.TrueAsync(
            async () => await ledger.GetStateAsync(afternoon, subscriber.Id, Channel.Sms, CancellationToken.None) == LedgerState.HeldByCap, "the next text held by the cap", Deadline);
        Assert.Equal(textsBefore + 3, (await stack.Sink.MessagesToAsync(subscriber.Phone!, CancellationToken.None)).Count);
    }
}
