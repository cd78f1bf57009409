namespace NewsAlerts.SmsSink;

using System.Text.Json;
using NewsAlerts.Core.Validation;

/// <summary>
/// Reads the JSON bodies of the sink's control API (<c>POST /sink/faults</c>, <c>POST /sink/inbound</c>,
/// <c>PUT /sink/inbound-webhook</c>) as the Function App reads its own (<see cref="JsonText"/>, <see cref="JsonFields"/>,
/// <see cref="KnownMembers"/>): a body that is missing, not JSON or not an object, a member the endpoint does not know,
/// and a field of the wrong type or out of its range are each a <see cref="FieldError"/> naming the field (the s42
/// trial: <c>{"status":"abc"}</c> and an empty body got an empty 400, and <c>{"count":-1}</c> was taken and set nothing).
/// </summary>
public static class SinkBodies
{
    /// <summary>The longest body read: 64 KiB, far more than any control request needs.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>The longest reply body: 1,600 characters, the most Twilio takes in one message.</summary>
    public const int MaxReplyLength = 1600;

    /// <summary>The longest <c>Retry-After</c> a fault may ask for: a day, in seconds.</summary>
    public const int MaxRetryAfterSeconds = 86_400;

    private static readonly string[] FaultMembers = ["status", "count", "retryAfterSeconds", "code", "to"];
    private static readonly string[] ReplyMembers = ["from", "body", "to", "webhookUrl"];
    private static readonly string[] WebhookMembers = ["url"];

    /// <summary>
    /// The body of <paramref name="request"/> as a JSON object, or what is wrong with it (field <c>$</c>), the reason
    /// ending with <paramref name="example"/> when there is no body at all.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task<(JsonDocument? Document, FieldError? Error)> ReadAsync(HttpRequest request, string example, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(example);
        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        if (length > MaxBytes)
        {
            return (null, new FieldError("$", $"is longer than {MaxBytes / 1024} KiB"));
        }

        var utf8 = buffer.AsMemory(0, length);
        if (System.Text.Unicode.Utf8.IsValid(utf8.Span) && string.IsNullOrWhiteSpace(System.Text.Encoding.UTF8.GetString(utf8.Span)))
        {
            return (null, new FieldError("$", $"is required: a JSON object such as {example}"));
        }

        var (document, error) = JsonText.Parse(utf8);
        if (document is not null && document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            return (null, new FieldError("$", $"must be a JSON object such as {example}"));
        }

        return (document, error);
    }

    /// <summary>
    /// A fault to set (<c>POST /sink/faults</c>): <c>status</c> an HTTP error status from 400 to 599 (required; one of
    /// 400-499 other than 429 needs <c>code</c>, the Twilio error it stands for), <c>count</c> at least 1 (default 1),
    /// <c>retryAfterSeconds</c> from 0 to <see cref="MaxRetryAfterSeconds"/>, <c>code</c> from 1 to 99999, <c>to</c> an E.164 number.
    /// </summary>
    public static Validated<SinkFault> Fault(JsonElement json)
    {
        var errors = new List<FieldError>();
        KnownMembers.Refuse(json, "$", "a fault field", FaultMembers, errors);
        var fields = new JsonFields(json, errors);
        var status = fields.Integer("status", 400, 599);
        var count = fields.Integer("count", 1, int.MaxValue) ?? 1;
        var retryAfter = fields.Integer("retryAfterSeconds", 0, MaxRetryAfterSeconds);
        var code = fields.Integer("code", 1, 99_999);
        var to = Number(json, "to", required: false, errors);
        if (!Given(json, "status"))
        {
            errors.Add(new FieldError("status", "is required: an HTTP error status from 400 to 599, such as 429 or 503"));
        }
        else if (status is >= 400 and < 500 and not 429 && code is null && !Given(json, "code"))
        {
            errors.Add(new FieldError("code", $"is required with status {status}: the Twilio error code to answer, such as 21211"));
        }

        return errors.Count > 0 ? Validated<SinkFault>.Invalid(errors) : Validated<SinkFault>.Ok(new SinkFault(status!.Value, count, retryAfter, code, to));
    }

    /// <summary>
    /// A reply to deliver (<c>POST /sink/inbound</c>): <c>from</c> an E.164 number and <c>body</c> text of at most
    /// <see cref="MaxReplyLength"/> characters (both required), <c>to</c> an E.164 number, <c>webhookUrl</c> an absolute
    /// loopback http URL.
    /// </summary>
    public static Validated<InboundReply> Reply(JsonElement json)
    {
        var errors = new List<FieldError>();
        KnownMembers.Refuse(json, "$", "a reply field", ReplyMembers, errors);
        var from = Number(json, "from", required: true, errors);
        var body = ReplyText(json, errors);
        var to = Number(json, "to", required: false, errors);
        var webhook = LoopbackUrl(json, "webhookUrl", required: false, errors);
        return errors.Count > 0 ? Validated<InboundReply>.Invalid(errors) : Validated<InboundReply>.Ok(new InboundReply(from!, body!, to, webhook));
    }

    /// <summary>Where replies go (<c>PUT /sink/inbound-webhook</c>): <c>url</c>, an absolute loopback http URL (required).</summary>
    public static Validated<InboundWebhookSetting> Webhook(JsonElement json)
    {
        var errors = new List<FieldError>();
        KnownMembers.Refuse(json, "$", "a webhook field", WebhookMembers, errors);
        var url = LoopbackUrl(json, "url", required: true, errors);
        return errors.Count > 0 ? Validated<InboundWebhookSetting>.Invalid(errors) : Validated<InboundWebhookSetting>.Ok(new InboundWebhookSetting(url));
    }

    private static bool Given(JsonElement json, string name) => json.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    private static string? Number(JsonElement json, string name, bool required, List<FieldError> errors)
    {
        if (!Given(json, name))
        {
            if (required)
            {
                errors.Add(new FieldError(name, "is required: an E.164 number such as +447400123456"));
            }

            return null;
        }

        var value = json.GetProperty(name);
        if (value.ValueKind == JsonValueKind.String && SinkNumbers.IsE164(value.GetString()))
        {
            return value.GetString();
        }

        errors.Add(new FieldError(name, value.ValueKind == JsonValueKind.String ? SinkNumbers.NotE164 : "must be a string: an E.164 number such as +447400123456"));
        return null;
    }

    private static string? ReplyText(JsonElement json, List<FieldError> errors)
    {
        if (!Given(json, "body"))
        {
            errors.Add(new FieldError("body", "is required: the text of the reply, such as STOP"));
            return null;
        }

        var value = json.GetProperty("body");
        var reason = value.ValueKind != JsonValueKind.String ? "must be a string"
            : value.GetString()!.Length > MaxReplyLength ? $"must be at most {MaxReplyLength} characters"
            : null;
        if (reason is not null)
        {
            errors.Add(new FieldError("body", reason));
            return null;
        }

        return value.GetString();
    }

    // The sink only calls apps on this machine.
    private static Uri? LoopbackUrl(JsonElement json, string name, bool required, List<FieldError> errors)
    {
        var before = errors.Count;
        var url = new JsonFields(json, errors).HttpUrl(name);
        if (errors.Count > before)
        {
            return null;
        }

        if (url is null)
        {
            if (required)
            {
                errors.Add(new FieldError(name, "is required: an absolute loopback URL such as http://127.0.0.1:7071/api/twilio/inbound"));
            }

            return null;
        }

        if (!url.IsLoopback)
        {
            errors.Add(new FieldError(name, "must be a loopback URL (127.0.0.1, [::1] or localhost): the sink only calls apps on this machine"));
            return null;
        }

        return url;
    }
}
