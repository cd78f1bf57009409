namespace NewsAlerts.Channels.Tests.Sms;

using Microsoft.Extensions.Options;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Channels.Tests.Support;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Testing;

/// <summary>The real Twilio SDK against the SMS sink.</summary>
public sealed class TwilioSmsSenderTests(SmsSinkFixture sink) : IClassFixture<SmsSinkFixture>
{
    [Fact]
    public async Task Alert_reaches_the_sink_as_one_gsm7_segment_from_the_configured_number()
    {
        using var sender = sink.Sender();
        var to = SmsSinkFixture.UniqueNumber();
        var content = Alerts.Content("“Ceasefire” agreed — talks go on…", urgency: 1);

        var outcome = await sender.SendAsync(Alerts.Sms(to, content), CancellationToken.None);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        var message = Assert.Single(await sink.MessagesToAsync(to));
        Assert.Equal(outcome.ProviderMessageId, message.Sid);
        Assert.StartsWith("SM", message.Sid, StringComparison.Ordinal);
        Assert.Equal("BREAKING: \"Ceasefire\" agreed - talks go on... https://nws.example/a1", message.Body);
        Assert.Equal("+15005550006", message.From);
        Assert.Equal(1, message.NumSegments);
        Assert.Equal("GSM-7", message.Encoding);
    }

    [Fact]
    public async Task Opt_out_wording_goes_with_the_first_message_only()
    {
        using var sender = sink.Sender();
        var to = SmsSinkFixture.UniqueNumber();

        await sender.SendAsync(Alerts.Sms(to, first: true), CancellationToken.None);
        await sender.SendAsync(Alerts.Sms(to, first: false), CancellationToken.None);

        var messages = await sink.MessagesToAsync(to);
        Assert.Equal(2, messages.Count);
        Assert.EndsWith("Reply STOP to opt out", messages[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("STOP", messages[1].Body, StringComparison.Ordinal);
        Assert.All(messages, m => Assert.Equal(1, m.NumSegments));
    }

    [Fact]
    public async Task Sink_sends_signed_status_callbacks_sent_then_delivered()
    {
        using var sender = sink.Sender();
        var to = SmsSinkFixture.UniqueNumber();
        var callback = new Uri(sink.Webhooks.BaseUri, $"api/twilio/status?to={Uri.EscapeDataString(to)}");

        var outcome = await sender.SendAsync(Alerts.Sms(to, callback: callback), CancellationToken.None);

        List<RecordedWebhook> mine = [];
        await Eventually.TrueAsync(
            () => Task.FromResult((mine = sink.Webhooks.Received.Where(w => w["MessageSid"] == outcome.ProviderMessageId).ToList()).Count == 2),
            "two status callbacks arrive");
        Assert.Equal(["sent", "delivered"], mine.Select(w => w["MessageStatus"]));
        var validator = new TwilioSignatureValidator(Options.Create(sink.SenderOptions()));
        Assert.All(mine, w => Assert.True(validator.IsValid(callback, w.Form, w.Signature), "the callback's signature is valid"));
        Assert.All(mine, w => Assert.Equal(callback, w.Url));
        Assert.Equal("delivered", Assert.Single(await sink.MessagesToAsync(to)).Status);
    }

    [Fact]
    public async Task Wrong_auth_token_is_refused_like_twilio_and_is_not_the_subscribers_fault()
    {
        using var sender = sink.Sender(authToken: "wrong-token");
        var to = SmsSinkFixture.UniqueNumber();

        var outcome = await sender.SendAsync(Alerts.Sms(to), CancellationToken.None);

        Assert.Equal(SendStatus.TransientFailure, outcome.Status);
        Assert.Equal("20003", outcome.ProviderErrorCode);
        Assert.Empty(await sink.MessagesToAsync(to));
    }
}
