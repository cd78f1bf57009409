namespace NewsAlerts.Channels.Tests.Sms;

using System.Net.Http.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Channels.Tests.Support;
using NewsAlerts.Core.Delivery;
using NewsAlerts.SmsSink;

/// <summary>Twilio's answers, as the sink gives them, become the right outcomes. Faults are per sink: one class, one sink.</summary>
public sealed class TwilioErrorMappingTests(SmsSinkFixture sink) : IClassFixture<SmsSinkFixture>
{
    [Fact]
    public async Task Invalid_number_21211_is_a_permanent_failure()
    {
        using var sender = sink.Sender();

        var outcome = await sender.SendAsync(Alerts.Sms(SmsSinkFixture.InvalidNumber), CancellationToken.None);

        Assert.Equal(SendStatus.PermanentFailure, outcome.Status);
        Assert.Equal("21211", outcome.ProviderErrorCode);
    }

    [Fact]
    public async Task Unsubscribed_number_21610_is_a_permanent_failure()
    {
        using var sender = sink.Sender();

        var outcome = await sender.SendAsync(Alerts.Sms(SmsSinkFixture.OptedOutNumber), CancellationToken.None);

        Assert.Equal(SendStatus.PermanentFailure, outcome.Status);
        Assert.Equal("21610", outcome.ProviderErrorCode);
    }

    [Fact]
    public async Task Too_many_requests_is_transient_with_the_retry_after_of_the_answer()
    {
        using var sender = sink.Sender();
        (await sink.Http.PostAsJsonAsync("sink/faults", new SinkFault(429, 1, 7))).EnsureSuccessStatusCode();

        var throttled = await sender.SendAsync(Alerts.Sms(SmsSinkFixture.UniqueNumber()), CancellationToken.None);
        var next = await sender.SendAsync(Alerts.Sms(SmsSinkFixture.UniqueNumber()), CancellationToken.None);

        Assert.Equal(SendStatus.TransientFailure, throttled.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), throttled.RetryAfter);
        Assert.Equal("429", throttled.ProviderErrorCode);
        Assert.Equal(SendStatus.Sent, next.Status);
    }

    [Fact]
    public async Task Server_error_is_transient_without_a_retry_after()
    {
        using var sender = sink.Sender();
        (await sink.Http.PostAsJsonAsync("sink/faults", new SinkFault(500, 2))).EnsureSuccessStatusCode();

        var first = await sender.SendAsync(Alerts.Sms(SmsSinkFixture.UniqueNumber()), CancellationToken.None);
        var second = await sender.SendAsync(Alerts.Sms(SmsSinkFixture.UniqueNumber()), CancellationToken.None);
        var third = await sender.SendAsync(Alerts.Sms(SmsSinkFixture.UniqueNumber()), CancellationToken.None);

        Assert.Equal([SendStatus.TransientFailure, SendStatus.TransientFailure, SendStatus.Sent], [first.Status, second.Status, third.Status]);
        Assert.Null(first.RetryAfter);
        Assert.Equal("500", first.ProviderErrorCode);
    }

    [Fact]
    public async Task Unreachable_api_is_transient()
    {
        var options = sink.SenderOptions();
        options.ApiBaseUrl = new Uri($"http://127.0.0.1:{NewsAlerts.Cli.Stack.Ports.FindFree()}");
        using var sender = new TwilioSmsSender(Options.Create(options), NullLogger<TwilioSmsSender>.Instance);

        var outcome = await sender.SendAsync(Alerts.Sms(SmsSinkFixture.UniqueNumber()), CancellationToken.None);

        Assert.Equal(SendStatus.TransientFailure, outcome.Status);
    }
}
