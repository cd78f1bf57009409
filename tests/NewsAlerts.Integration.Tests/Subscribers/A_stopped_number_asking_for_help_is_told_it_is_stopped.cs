namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Testing;

/// <summary>
/// Trial r37 #12: a number that had replied STOP and then asked "how do I stop these?" was told "Reply STOP to stop all
/// alerts". HELP and a question about stopping from a stopped number say it is stopped and that START resumes; after
/// START the usual answers come back. Through the SMS sink to the host's signed Twilio webhook.
/// </summary>
public sealed class A_stopped_number_asking_for_help_is_told_it_is_stopped(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;
    private HttpClient sinkClient = null!;

    public async Task InitializeAsync()
    {
        stack = await HostedStack.StartAsync(fixture.Stack);
        sinkClient = new HttpClient { BaseAddress = fixture.Stack.SmsSink };
    }

    public async Task DisposeAsync()
    {
        sinkClient.Dispose();
        await stack.DisposeAsync();
    }

    [Fact]
    public async Task Help_and_how_to_stop_say_the_number_is_stopped_until_start()
    {
        var phone = TestPhones.NewValid();
        Assert.Contains("Reply STOP to stop all alerts", await ReplyAsync(phone, "how do I stop these?"), StringComparison.Ordinal);

        await ReplyAsync(phone, "stop please");
        await Eventually.TrueAsync(
            async () => await stack.Host.Services.GetRequiredService<SuppressionList>().IsSuppressedAsync(Channel.Sms, phone, CancellationToken.None), "the STOP text is applied");

        foreach (var asked in new[] { "how do I stop these?", "HELP" })
        {
            var answer = await ReplyAsync(phone, asked);
            Assert.Contains("stopped", answer, StringComparison.Ordinal);
            Assert.Contains("reply START to resume", answer, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Reply STOP", answer, StringComparison.Ordinal);
        }

        await ReplyAsync(phone, "START");
        await Eventually.TrueAsync(
            async () => !await stack.Host.Services.GetRequiredService<SuppressionList>().IsSuppressedAsync(Channel.Sms, phone, CancellationToken.None), "the START text is applied");
        Assert.Contains("Reply STOP to stop all alerts", await ReplyAsync(phone, "HELP"), StringComparison.Ordinal);
    }

    // A reply through the SMS sink to this host's Twilio webhook; the TwiML the app answered.
    private async Task<string> ReplyAsync(string phone, string body)
    {
        using var reply = await sinkClient.PostAsJsonAsync("sink/inbound", new { from = phone, body, webhookUrl = new Uri(stack.Host.Client.BaseAddress!, "api/twilio/inbound") });
        var text = await reply.Content.ReadAsStringAsync();
        Assert.True(reply.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("webhookBody").GetString() ?? string.Empty;
    }
}
