namespace NewsAlerts.SmsSink;

using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Validation;

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
        app.MapPost("/sink/faults", async (HttpRequest request, FaultPlan faults, CancellationToken cancellationToken) =>
        {
            var (fault, problem) = await ReadAsync(request, """{"status":503,"count":2}""", SinkBodies.Fault, cancellationToken);
            if (fault is null)
            {
                return problem!;
            }

            faults.Set(fault, fault.Count);
            return Results.Json(fault);
        });
        app.MapGet("/sink/faults", (FaultPlan faults) => Results.Json(faults.All()));
        // Clears every fault, or with ?to=%2B44… that number's only (trial r41: DELETE answered nothing useful, and only a
        // POST with count 0 cleared one); a "to" that is no number is refused, not answered "cleared 0" (trial s42).
        app.MapDelete("/sink/faults", (HttpRequest request, FaultPlan faults) =>
        {
            var to = request.Query["to"];
            if (to.Count > 0 && (to.Count > 1 || !SinkNumbers.IsE164(to[0])))
            {
                return SinkProblems.Invalid([new FieldError("to", to.Count > 1 ? "is given more than once; give one number" : SinkNumbers.NotE164)]);
            }

            return Results.Json(new { cleared = faults.Clear(to.Count == 0 ? null : to[0]) });
        });
        app.MapPost("/sink/inbound", SendInboundAsync);
        app.MapGet("/sink/inbound-webhook", (InboundWebhook webhook) => Results.Json(new InboundWebhookSetting(webhook.Url)));
        app.MapPut("/sink/inbound-webhook", async (HttpRequest request, InboundWebhook webhook, CancellationToken cancellationToken) =>
        {
            var (setting, problem) = await ReadAsync(request, """{"url":"http://127.0.0.1:7071/api/twilio/inbound"}""", SinkBodies.Webhook, cancellationToken);
            if (setting is null)
            {
                return problem!;
            }

            webhook.Url = setting.Url;
            return Results.Json(setting);
        });
    }

    // The body read and checked by read, or the problem naming what is wrong with it.
    private static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(
        HttpRequest request, string example, Func<JsonElement, Validated<T>> read, CancellationToken cancellationToken)
        where T : class
    {
        var (document, error) = await SinkBodies.ReadAsync(request, example, cancellationToken);
        if (document is null)
        {
            return (null, SinkProblems.Invalid([error!]));
        }

        using (document)
        {
            var validated = read(document.RootElement);
            return validated.IsValid ? (validated.Value, null) : (null, SinkProblems.Invalid(validated.Errors));
        }
    }

    private static async Task<IResult> SendInboundAsync(
        HttpRequest request, IOptions<SinkOptions> options, InboundWebhook inbound, WebhookPoster poster, MessageStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var (reply, problem) = await ReadAsync(request, """{"from":"+447400123456","body":"STOP"}""", SinkBodies.Reply, cancellationToken);
        if (reply is null)
        {
            return problem!;
        }

        var sink = options.Value;
        if ((reply.WebhookUrl ?? inbound.Url) is not { } webhook)
        {
            return SinkProblems.Field(
                StatusCodes.Status409Conflict, "There is no app to deliver replies to.", "webhookUrl",
                "is required while setting 'Sink:InboundWebhookUrl' is not set (nor PUT /sink/inbound-webhook): there is no app webhook to deliver replies to");
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
            // As Twilio: an inbound-message webhook that fails is not retried and the message is not kept for later
            // (twilio.com/docs/usage/security/availability-reliability), so the sender is told, and sends it again.
            return SinkProblems.Field(
                StatusCodes.Status502BadGateway, "The app's webhook could not be reached.", "webhookUrl",
                $"{webhook} could not be reached: {ex.Message}; the reply was not delivered and is not kept: send it again once an app answers (a running dev takes the replies within seconds)");
        }
    }
}
