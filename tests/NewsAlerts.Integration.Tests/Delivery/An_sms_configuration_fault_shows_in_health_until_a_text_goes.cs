namespace NewsAlerts.Integration.Tests.Delivery;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.SmsSink;
using NewsAlerts.Testing;

/// <summary>
/// Operator review (s36): a text the dispatcher dead-lettered because of our Twilio configuration (21212: the From
/// number) was only logged; <c>GET /api/health</c> said nothing. The dispatcher records the last such fault in Table
/// storage and health shows it degraded, naming the setting, until a later text goes. The SMS sink answers 21212 for
/// one number (only this test's: other tests share the sink); the dispatcher runs in the host.
/// </summary>
[Collection("queues")]
public sealed class An_sms_configuration_fault_shows_in_health_until_a_text_goes(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private readonly string refused = TestPhones.NewValid();
    private HostedStack stack = null!;
    private HttpClient sinkApi = null!;

    public async Task InitializeAsync()
    {
        // One attempt per send and per batch delivery: the refused batch is dead-lettered at once.
        stack = await HostedStack.StartDeadLetteringAtOnceAsync(fixture.Stack);
        sinkApi = new HttpClient { BaseAddress = fixture.Stack.SmsSink };
    }

    public async Task DisposeAsync()
    {
        await SmsSinkFaults.ClearAsync(sinkApi, refused);
        sinkApi.Dispose();
        await stack.DisposeAsync();
    }

    [Fact]
    public async Task A_from_number_refusal_degrades_health_naming_the_setting_until_a_later_text_goes()
    {
        var before = await SmsConfigurationAsync();
        Assert.False(before.Entry.GetProperty("degraded").GetBoolean());

        await SubscribeAsync(refused);
        (await sinkApi.PostAsJsonAsync("sink/faults", new SinkFault(400, 1_000_000, Code: 21212, To: refused))).EnsureSuccessStatusCode();
        await PublishAsync("refused", 1);

        await Eventually.TrueAsync(async () => (await SmsConfigurationAsync()).Entry.GetProperty("degraded").GetBoolean(), "health shows the fault");
        var degraded = await SmsConfigurationAsync();
        Assert.Equal(HttpStatusCode.OK, degraded.Status); // it serves: degraded, not unavailable
        Assert.Equal("degraded", degraded.Report.GetProperty("status").GetString());
        var detail = degraded.Entry.GetProperty("detail").GetString()!;
        Assert.Contains("Twilio 21212", detail, StringComparison.Ordinal);
        Assert.Contains("fix Twilio__FromNumber", detail, StringComparison.Ordinal);
        Assert.Contains("refused, the last at", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(refused, degraded.Report.GetRawText(), StringComparison.Ordinal);

        // The operator fixes it; a later text (to someone else) goes, and health is clear again.
        await SmsSinkFaults.ClearAsync(sinkApi, refused);
        var other = TestPhones.NewValid();
        await SubscribeAsync(other);
        await PublishAsync("fixed", 2);
        await stack.Sink.WaitForAsync(other, CancellationToken.None);

        await Eventually.TrueAsync(async () => !(await SmsConfigurationAsync()).Entry.GetProperty("degraded").GetBoolean(), "health is clear once a text went");
        Assert.Null(await stack.Host.Services.GetRequiredService<ISmsConfigurationFaults>().GetAsync(CancellationToken.None));
    }

    private async Task SubscribeAsync(string phone) =>
        await stack.Host.Services.GetRequiredService<ISubscriberStore>().SaveAsync(
            new Subscriber($"f{Guid.NewGuid():N}", null, ContactStatus.None, phone, ContactStatus.Confirmed, "UTC", [new Topic("t1", "Aleppo", false)], 2, DateTimeOffset.UtcNow),
            CancellationToken.None);

    // Publishes a new breaking article once the index has the test's subscribers saved so far.
    private async Task PublishAsync(string name, int subscribers)
    {
        var articleId = $"urn:test:config-{name}:{Guid.NewGuid():N}";
        await Eventually.TrueAsync(
            async () => (await Editor.PublishAsync(stack.Host, Editor.SampleArticle(articleId, urgency: 1), dryRun: true)).GetProperty("reach").GetProperty("smsAlerts").GetInt32() >= subscribers,
            "the subscribers are matched");
        await Editor.PublishAsync(stack.Host, Editor.SampleArticle(articleId, urgency: 1));
    }

    private async Task<(HttpStatusCode Status, JsonElement Report, JsonElement Entry)> SmsConfigurationAsync()
    {
        using var answer = await stack.Host.Client.GetAsync(new Uri("api/health", UriKind.Relative));
        var report = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.Clone();
        var entry = report.GetProperty("dependencies").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "smsConfiguration");
        return (answer.StatusCode, report, entry);
    }
}
