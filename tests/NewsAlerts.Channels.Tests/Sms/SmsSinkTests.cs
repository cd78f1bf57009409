namespace NewsAlerts.Channels.Tests.Sms;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.Options;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Channels.Tests.Support;
using NewsAlerts.Core.Delivery;
using NewsAlerts.SmsSink;
using NewsAlerts.Testing;

public sealed class SmsSinkTests(SmsSinkFixture sink) : IClassFixture<SmsSinkFixture>
{
    [Fact]
    public async Task Inbound_reply_is_posted_to_the_app_signed_like_twilio()
    {
        var from = SmsSinkFixture.UniqueNumber();

        var response = await sink.Http.PostAsJsonAsync("sink/inbound", new InboundReply(from, "HELP"));

        response.EnsureSuccessStatusCode();
        RecordedWebhook? reply = null;
        await Eventually.TrueAsync(() => Task.FromResult((reply = sink.Webhooks.Received.FirstOrDefault(w => w["From"] == from)) is not null), "the reply reaches the app");
        Assert.Equal("HELP", reply!["Body"]);
        Assert.Equal("received", reply["SmsStatus"]);
        Assert.Equal(SmsSinkFixture.AccountSid, reply["AccountSid"]);
        Assert.EndsWith("/api/twilio/inbound", reply.Url.AbsolutePath, StringComparison.Ordinal);
        var validator = new TwilioSignatureValidator(Options.Create(sink.SenderOptions()));
        Assert.True(validator.IsValid(reply.Url, reply.Form, reply.Signature));
    }

    [Fact]
    public async Task After_a_stop_reply_the_sink_refuses_the_number_with_21610_until_start()
    {
        using var sender = sink.Sender();
        var number = SmsSinkFixture.UniqueNumber();

        (await sink.Http.PostAsJsonAsync("sink/inbound", new InboundReply(number, "stop"))).EnsureSuccessStatusCode();
        var refused = await sender.SendAsync(Alerts.Sms(number), CancellationToken.None);
        (await sink.Http.PostAsJsonAsync("sink/inbound", new InboundReply(number, "START"))).EnsureSuccessStatusCode();
        var accepted = await sender.SendAsync(Alerts.Sms(number), CancellationToken.None);

        Assert.Equal("21610", refused.ProviderErrorCode);
        Assert.Equal(SendStatus.Sent, accepted.Status);
        var outbound = (await sink.MessagesToAsync(number)).Where(m => m.Direction == "outbound-api").ToList();
        Assert.Equal(["rejected", "queued"], outbound.Select(m => m.Status));
        Assert.Equal(21610, outbound[0].ErrorCode);
    }

    [Fact]
    public async Task Wrong_credentials_get_401_with_twilios_error_document()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"2010-04-01/Accounts/{SmsSinkFixture.AccountSid}/Messages.json")
        {
            Content = new FormUrlEncodedContent([new("To", "+15551234567"), new("From", "+15005550006"), new("Body", "hi")]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{SmsSinkFixture.AccountSid}:nope")));

        using var response = await sink.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        Assert.Equal("20003", error!["code"].ToString());
    }

    [Fact]
    public async Task Faults_other_than_429_or_5xx_are_refused()
    {
        using var response = await sink.Http.PostAsJsonAsync("sink/faults", new SinkFault(404));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void Sink_refuses_to_bind_anything_but_loopback()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SmsSinkApp.Build(["--urls=http://0.0.0.0:5090"]));

        Assert.Contains("'urls'", error.Message, StringComparison.Ordinal);
    }
}
