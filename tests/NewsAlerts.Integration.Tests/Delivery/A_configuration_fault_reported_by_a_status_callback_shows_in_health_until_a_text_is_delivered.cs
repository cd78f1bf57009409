namespace NewsAlerts.Integration.Tests.Delivery;

using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Ports;
using NewsAlerts.Testing;

/// <summary>
/// Review of s37, finding 3: Twilio reports 30034 (our sender's A2P 10DLC registration) only in status callbacks, after
/// its API accepted the text; the webhook only logged it and each acceptance cleared the fault, so health never showed
/// it. Now the callback records it and only a text reported delivered clears it. Callbacks are posted to the host's
/// endpoint signed as Twilio (and the SMS sink) sign them; Table storage on Azurite.
/// </summary>
[Collection("queues")]
public sealed class A_configuration_fault_reported_by_a_status_callback_shows_in_health_until_a_text_is_delivered(StackFixture fixture)
    : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    private ISmsConfigurationFaults Faults => host.Services.GetRequiredService<ISmsConfigurationFaults>();

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync()
    {
        await Faults.ClearDeliveredAsync(CancellationToken.None);
        await host.DisposeAsync();
    }

    [Fact]
    public async Task A_30034_callback_degrades_health_an_acceptance_keeps_it_and_a_delivery_clears_it()
    {
        using (var failed = await PostStatusAsync("undelivered", "30034"))
        {
            Assert.Equal(HttpStatusCode.NoContent, failed.StatusCode);
        }

        var detail = await SmsConfigurationDetailAsync();
        Assert.Contains("Twilio 30034", detail, StringComparison.Ordinal);

        // The API accepts the next text (a send clears only a refusal on send): the fault stays.
        await Faults.ClearAsync(CancellationToken.None);
        Assert.Equal(30034, (await Faults.GetAsync(CancellationToken.None))?.Code);

        using (var delivered = await PostStatusAsync("delivered", string.Empty))
        {
            Assert.Equal(HttpStatusCode.NoContent, delivered.StatusCode);
        }

        Assert.Null(await Faults.GetAsync(CancellationToken.None));
    }

    private async Task<string> SmsConfigurationDetailAsync()
    {
        using var answer = await host.Client.GetAsync(new Uri("api/health", UriKind.Relative));
        var report = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
        var entry = report.GetProperty("dependencies").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "smsConfiguration");
        Assert.True(entry.GetProperty("degraded").GetBoolean(), report.GetRawText());
        return entry.GetProperty("detail").GetString()!;
    }

    private async Task<HttpResponseMessage> PostStatusAsync(string state, string errorCode)
    {
        var url = new Uri(host.Client.BaseAddress!, "api/twilio/status");
        List<KeyValuePair<string, string>> form = [new("MessageSid", "SM-config-" + Guid.NewGuid().ToString("N")), new("MessageStatus", state), new("To", TestPhones.NewValid())];
        if (errorCode.Length > 0)
        {
            form.Add(new("ErrorCode", errorCode));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(TwilioRequestSigner.HeaderName, new TwilioRequestSigner(fixture.Stack.AppSettings["Twilio:AuthToken"]!).Sign(url, form));
        return await host.Client.SendAsync(request);
    }
}
