namespace NewsAlerts.Channels.Tests.Sms;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NewsAlerts.Channels.Tests.Support;
using NewsAlerts.SmsSink;

/// <summary>
/// Trial s42: the sink's control API took nonsense (<c>{"status":503,"count":-1}</c> and a negative
/// <c>retryAfterSeconds</c> answered 200, the first setting nothing), answered <c>{"status":"abc"}</c> and an empty body
/// with an empty 400, and <c>DELETE /sink/faults?to=garbage</c> with <c>{"cleared":0}</c>. Every sink endpoint checks
/// what it is sent and refuses with problem+json naming the field and the reason; nothing is answered without a body.
/// </summary>
public sealed class Every_sink_request_is_checked_and_refused_by_the_field_it_gets_wrong(SmsSinkFixture sink) : IClassFixture<SmsSinkFixture>
{
    private const string Faults = "sink/faults";
    private const string Inbound = "sink/inbound";
    private const string Webhook = "sink/inbound-webhook";

    [Theory]
    // The trial's inputs.
    [InlineData("POST", Faults, """{"status":503,"count":-1}""", "count", "must be a whole number from 1 to 2147483647 (at least 1)")]
    [InlineData("POST", Faults, """{"status":429,"count":1,"retryAfterSeconds":-5}""", "retryAfterSeconds", "must be a whole number from 0 to 86400 (at least 0)")]
    [InlineData("POST", Faults, """{"status":"abc"}""", "status", "must be a whole number from 400 to 599")]
    [InlineData("POST", Faults, "", "$", "is required: a JSON object such as {\"status\":503,\"count\":2}")]
    [InlineData("DELETE", Faults + "?to=garbage", null, "to", SinkNumbers.NotE164)]
    // Others of the kind: faults.
    [InlineData("POST", Faults, """{"status":200}""", "status", "must be a whole number from 400 to 599 (at least 400)")]
    [InlineData("POST", Faults, """{"status":600}""", "status", "must be a whole number from 400 to 599 (at most 599)")]
    [InlineData("POST", Faults, """{"count":2}""", "status", "is required: an HTTP error status from 400 to 599, such as 429 or 503")]
    [InlineData("POST", Faults, """{"status":404}""", "code", "is required with status 404: the Twilio error code to answer, such as 21211")]
    [InlineData("POST", Faults, """{"status":400,"code":0}""", "code", "must be a whole number from 1 to 99999 (at least 1)")]
    [InlineData("POST", Faults, """{"status":503,"count":"2"}""", "count", "must be a whole number from 1 to 2147483647 (a JSON number, not a string)")]
    [InlineData("POST", Faults, """{"status":503,"to":"+44"}""", "to", SinkNumbers.NotE164)]
    [InlineData("POST", Faults, """{"status":503,"to":447400123456}""", "to", "must be a string: an E.164 number such as +447400123456")]
    [InlineData("POST", Faults, """{"status":503,"retryAfter":3}""", "retryAfter", "is not a fault field (known: status, count, retryAfterSeconds, code, to)")]
    [InlineData("POST", Faults, """{"status":503""", "$", "not valid JSON")]
    [InlineData("POST", Faults, "[503]", "$", "must be a JSON object such as {\"status\":503,\"count\":2}")]
    [InlineData("DELETE", Faults + "?to=+447400123456", null, "to", SinkNumbers.NotE164)]
    [InlineData("DELETE", Faults + "?to=", null, "to", SinkNumbers.NotE164)]
    // Replies.
    [InlineData("POST", Inbound, "", "$", "is required: a JSON object such as {\"from\":\"+447400123456\",\"body\":\"STOP\"}")]
    [InlineData("POST", Inbound, """{"body":"STOP"}""", "from", "is required: an E.164 number such as +447400123456")]
    [InlineData("POST", Inbound, """{"from":"abc","body":"STOP"}""", "from", SinkNumbers.NotE164)]
    [InlineData("POST", Inbound, """{"from":"+447400123456"}""", "body", "is required: the text of the reply, such as STOP")]
    [InlineData("POST", Inbound, """{"from":"+447400123456","body":5}""", "body", "must be a string")]
    [InlineData("POST", Inbound, """{"from":"+447400123456","body":"STOP","to":"sink"}""", "to", SinkNumbers.NotE164)]
    [InlineData("POST", Inbound, """{"from":"+447400123456","body":"STOP","webhookUrl":"http://example.com/api/twilio/inbound"}""", "webhookUrl", "must be a loopback URL (127.0.0.1, [::1] or localhost): the sink only calls apps on this machine")]
    [InlineData("POST", Inbound, """{"from":"+447400123456","body":"STOP","webhookUrl":"here"}""", "webhookUrl", "must be an absolute http or https URL")]
    [InlineData("POST", Inbound, """{"from":"+447400123456","text":"STOP"}""", "text", "is not a reply field (known: from, body, to, webhookUrl)")]
    [InlineData("POST", Inbound, "not json", "$", "not valid JSON")]
    // The reply webhook.
    [InlineData("PUT", Webhook, "", "$", "is required: a JSON object such as {\"url\":\"http://127.0.0.1:7071/api/twilio/inbound\"}")]
    [InlineData("PUT", Webhook, "{}", "url", "is required: an absolute loopback URL such as http://127.0.0.1:7071/api/twilio/inbound")]
    [InlineData("PUT", Webhook, """{"url":5}""", "url", "must be a string")]
    [InlineData("PUT", Webhook, """{"url":"http://example.com/"}""", "url", "must be a loopback URL (127.0.0.1, [::1] or localhost): the sink only calls apps on this machine")]
    public async Task A_wrong_request_is_a_400_problem_naming_the_field_and_the_reason(string method, string path, string? body, string field, string reason)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await sink.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var reasons = problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains(reasons, r => r!.StartsWith(reason, StringComparison.Ordinal));
        Assert.Contains($"{field}: {reason}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_fault_sets_nothing()
    {
        var number = SmsSinkFixture.UniqueNumber();

        using var refused = await sink.Http.PostAsJsonAsync(Faults, new { status = 503, count = -1, to = number });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.DoesNotContain(await sink.Http.GetFromJsonAsync<List<SinkFault>>(Faults) ?? [], f => f.To == number);
    }

    [Fact]
    public async Task A_fault_of_another_4xx_with_its_code_is_answered_as_twilio_answers_it()
    {
        using var sender = sink.Sender();
        var number = SmsSinkFixture.UniqueNumber();
        (await sink.Http.PostAsJsonAsync(Faults, new { status = 403, code = 20003, to = number })).EnsureSuccessStatusCode();

        var result = await sender.SendAsync(Alerts.Sms(number), CancellationToken.None);

        Assert.NotEqual(NewsAlerts.Core.Delivery.SendStatus.Sent, result.Status);
        Assert.Empty(await sink.Http.GetFromJsonAsync<List<SinkFault>>(Faults) is { } left ? left.Where(f => f.To == number) : []);
    }

    [Theory]
    [InlineData("GET", "sink/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("POST", "sink/messages", HttpStatusCode.MethodNotAllowed)]
    [InlineData("PATCH", Faults, HttpStatusCode.MethodNotAllowed)]
    public async Task A_route_or_method_the_sink_does_not_have_is_a_problem_not_an_empty_answer(string method, string path, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));

        using var response = await sink.Http.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
    }
}
