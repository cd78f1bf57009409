namespace NewsAlerts.Channels.Tests.Sms;

using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using NewsAlerts.Channels.Tests.Support;
using NewsAlerts.SmsSink;

/// <summary>
/// Trial s45 #10: a STOP sent while the webhook was a killed run's port was lost without a word to the person who sent
/// it. As Twilio, the sink neither retries a webhook that cannot be reached nor keeps the reply; it answers its sender
/// 502 naming <c>webhookUrl</c> and saying the reply was not delivered and must be sent again.
/// </summary>
public sealed class A_reply_no_app_takes_is_refused_to_its_sender_not_kept(SmsSinkFixture sink) : IClassFixture<SmsSinkFixture>
{
    [Fact]
    public async Task A_webhook_that_refuses_connections_is_a_502_saying_the_reply_is_not_kept()
    {
        // A port nothing listens on: bound, then let go.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var dead = new Uri($"http://127.0.0.1:{port}/api/twilio/inbound");

        using var response = await sink.Http.PostAsJsonAsync("sink/inbound", new InboundReply(SmsSinkFixture.UniqueNumber(), "STOP", WebhookUrl: dead));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var text = problem.GetRawText();
        Assert.Contains("webhookUrl", text, StringComparison.Ordinal);
        Assert.Contains(dead.AbsoluteUri, text, StringComparison.Ordinal);
        Assert.Contains("the reply was not delivered and is not kept: send it again", text, StringComparison.Ordinal);
    }
}
