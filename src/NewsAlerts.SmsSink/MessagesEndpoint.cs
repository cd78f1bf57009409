namespace NewsAlerts.SmsSink;

using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using NewsAlerts.Channels.Privacy;
using NewsAlerts.Channels.Sms;

/// <summary><c>POST /2010-04-01/Accounts/{sid}/Messages.json</c>: Twilio's create-message call, as the SDK makes it.</summary>
public static partial class MessagesEndpoint
{
    /// <summary>Handles one create request.</summary>
    public static async Task<IResult> CreateAsync(
        string sid, HttpRequest request, IOptions<SinkOptions> options, MessageStore store, FaultPlan faults,
        StatusCallbacks callbacks, TimeProvider time, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sink = options.Value;
        var logger = loggers.CreateLogger("NewsAlerts.SmsSink.Messages");
        if (!IsAuthorised(request, sink))
        {
            request.HttpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"Twilio API\"";
            return TwilioResponses.Error(401, 20003, "Authenticate");
        }

        if (!string.Equals(sid, sink.AccountSid, StringComparison.Ordinal))
        {
            return TwilioResponses.Error(404, 20404, $"The requested resource /2010-04-01/Accounts/{sid}/Messages.json was not found");
        }

        var addressed = request.HasFormContentType ? (await request.ReadFormAsync(request.HttpContext.RequestAborted))["To"].ToString() : null;
        if (faults.TryTake(addressed) is { } fault)
        {
            if (fault.RetryAfterSeconds is { } seconds)
            {
                request.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return fault.Status switch
            {
                429 => TwilioResponses.Error(429, fault.Code ?? 20429, "Too Many Requests"),
                < 500 => TwilioResponses.Error(fault.Status, fault.Code!.Value, $"Twilio error {fault.Code.Value}"),
                _ => TwilioResponses.Error(fault.Status, fault.Code ?? 20500, "An internal server error has occurred"),
            };
        }

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        string? Field(string name) => form.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value.ToString() : null;
        var (to, from, service, body) = (Field("To"), Field("From"), Field("MessagingServiceSid"), Field("Body"));
        if (to is null)
        {
            return TwilioResponses.Error(400, 21604, "A 'To' phone number is required.");
        }

        if (from is null && service is null)
        {
            return TwilioResponses.Error(400, 21603, "A 'From' phone number is required.");
        }

        if (body is null)
        {
            return TwilioResponses.Error(400, 21602, "Message body is required.");
        }

        var measure = GsmAlphabet.Measure(body);
        var message = new SinkMessage(
            TwilioResponses.NewSid(), "outbound-api", to, from, service, body, measure.Segments,
            measure.Encoding == SmsEncoding.Gsm7 ? "GSM-7" : "UCS-2", service is null ? "queued" : "accepted", null,
            Uri.TryCreate(Field("StatusCallback"), UriKind.Absolute, out var callback) ? callback : null, time.GetUtcNow());
        var refusal = Refusal(to, sink, store);
        if (refusal is { } error)
        {
            store.Add(message with { Status = "rejected", ErrorCode = error.Code, StatusCallback = null });
            LogRefused(logger, Mask.Phone(to), error.Code);
            return TwilioResponses.Error(400, error.Code, error.Message);
        }

        store.Add(message);
        LogAccepted(logger, message.Sid, Mask.Phone(to), message.NumSegments);
        if (message.StatusCallback is not null)
        {
            callbacks.Enqueue(message);
        }

        return TwilioResponses.Created(message, sink.AccountSid);
    }

    private static (int Code, string Message)? Refusal(string to, SinkOptions sink, MessageStore store)
    {
        if (!SinkNumbers.IsE164(to) || SinkOptions.Split(sink.InvalidNumbers).Contains(to, StringComparer.Ordinal))
        {
            return (21211, $"Invalid 'To' Phone Number: {to}");
        }

        if (SinkOptions.Split(sink.OptedOutNumbers).Contains(to, StringComparer.Ordinal) || (sink.HonourStopReplies && store.IsStopped(to)))
        {
            return (21610, "Attempt to send to unsubscribed recipient");
        }

        return null;
    }

    /// <summary>Whether the request carries the account's Basic credentials, as Twilio checks them.</summary>
    internal static bool IsAuthorised(HttpRequest request, SinkOptions sink)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return false;
        }

        string credentials;
        try
        {
            credentials = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = $"{sink.AccountSid}:{sink.AuthToken}";
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credentials), Encoding.UTF8.GetBytes(expected));
    }

    [LoggerMessage(EventId = 4311, Level = LogLevel.Information, Message = "Accepted {MessageSid} to {Number} ({Segments} segments)")]
    private static partial void LogAccepted(ILogger logger, string messageSid, string number, int segments);

    [LoggerMessage(EventId = 4312, Level = LogLevel.Information, Message = "Refused a message to {Number} with Twilio error {Code}")]
    private static partial void LogRefused(ILogger logger, string number, int code);
}
