namespace NewsAlerts.SmsSink;

using Microsoft.Extensions.Options;
using NewsAlerts.Channels.Sms;

/// <summary>The sink's own control API under <c>/sink</c>: list and clear messages, set, list and clear faults, send replies, set the reply webhook.</summary>
public static class SinkEndpoints
{
    // Twilio's default opt-out keywords, REVOKE and OPTOUT included.
    private static readonly HashSet<string> StopWords = new(["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> StartWords = new(["START", "UNSTOP", "YES"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Maps the control endpoints.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/sink/messages", (MessageStore store) => Results.Json(store.All()));
        app.MapDelete("/sink/messages", (MessageStore store) =>
        {
            store.Clear();
            return Results.NoContent();
        });
        app.MapPost("/sink/faults", (SinkFault fault, FaultPlan faults) =>
        {
            if (fault.Status != 429 && fault.Status is < 500 or > 599 && !(fault.Status == 400 && fault.Code is > 0))
            {
                return Results.Problem(detail: "'status' must be 429, 5xx, or 400 with a positive 'code'.", statusCode: 400);
            }

            faults.Set(fault, Math.Max(fault.Count, 0));
            return Results.Json(fault);
        });
        app.MapGet("/sink/faults", (FaultPlan faults) => Results.Json(faults.All()));
        // Clears every fault, or with ?to=+44… that number's only (trial r41: DELETE answered nothing useful, and only a
        // POST with count 0 cleared one).
        app.MapDelete("/sink/faults", (string? to, FaultPlan faults) => Results.Json(new { cleared = faults.Clear(to) }));
        app.MapPost("/sink/inbound", SendInboundAsync);
        app.MapGet("/sink/inbound-webhook", (InboundWebhook webhook) => Results.Json(new InboundWebhookSetting(webhook.Url)));
        app.MapPut("/sink/inbound-webhook", (InboundWebhookSetting setting, InboundWebhook webhook) =>
        {
            if (setting.Url is not { IsAbsoluteUri: true, IsLoopback: true })
            {
                return Results.Problem(detail: "'url' must be an absolute loopback URL: the sink only calls apps on this machine.", statusCode: 400);
            }

            webhook.Url = setting.Url;
            return Results.Json(setting);
        });
    }

    private static async Task<IResult> SendInboundAsync(
        InboundReply reply, IOptions<SinkOptions> options, InboundWebhook inbound, WebhookPoster poster, MessageStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var sink = options.Value;
        var webhook = reply.WebhookUrl ?? inbound.Url;
        if (reply.WebhookUrl is { IsLoopback: false })
        {
            return Results.Problem(detail: "'webhookUrl' must be a loopback URL: the sink only calls apps on this machine.", statusCode: 400);
        }

        if (webhook is null)
        {
            return Results.Problem(detail: "Setting 'Sink:InboundWebhookUrl' is not set (nor PUT /sink/inbound-webhook): there is no app webhook to deliver replies to.", statusCode: 409);
        }

        if (string.IsNullOrWhiteSpace(reply.From) || reply.Body is null)
        {
            return Results.Problem(detail: "'from' and 'body' are required.", statusCode: 400);
        }

        var sid = TwilioResponses.NewSid();
        var to = reply.To ?? sink.Number;
        var measure = GsmAlphabet.Measure(reply.Body);
        var form = new List<KeyValuePair<string, string>>
        {
            new("AccountSid", sink.AccountSid),
            new("ApiVersion", "2010-04-01"),
            new("Body", reply.Body),
            new("From", reply.From),
            new("MessageSid", sid),
            new("NumMedia", "0"),
            new("NumSegments", measure.Segments.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("SmsMessageSid", sid),
            new("SmsSid", sid),
            new("SmsStatus", "received"),
            new("To", to),
        };
        var keyword = reply.Body.Trim();
        if (sink.HonourStopReplies && (StopWords.Contains(keyword) || StartWords.Contains(keyword)))
        {
            // Twilio itself blocks a number after STOP (error 21610) and unblocks it after START.
            store.SetStopped(reply.From, StopWords.Contains(keyword));
            form.Add(new("OptOutType", StopWords.Contains(keyword) ? "STOP" : "START"));
        }

        store.Add(new SinkMessage(sid, "inbound", to, reply.From, null, reply.Body, measure.Segments,
            measure.Encoding == SmsEncoding.Gsm7 ? "GSM-7" : "UCS-2", "received", null, null, time.GetUtcNow()));
        try
        {
            var (status, body) = await poster.PostAsync(webhook, form, cancellationToken);
            return Results.Json(new { messageSid = sid, webhookStatus = status, webhookBody = body });
        }
        catch (HttpRequestException ex)
        {
            return Results.Problem(detail: $"The app webhook {webhook} could not be reached: {ex.Message}", statusCode: 502);
        }
    }
}
