namespace NewsAlerts.SmsSink;

using System.Globalization;

/// <summary>Answers shaped like Twilio's REST API (JSON field names, date format, error documents).</summary>
public static class TwilioResponses
{
    /// <summary>Twilio's error document, e.g. <c>{"code":21211,"message":"...","more_info":"...","status":400}</c>.</summary>
    public static IResult Error(int status, int code, string message) => Results.Json(
        new Dictionary<string, object>
        {
            ["code"] = code,
            ["message"] = message,
            ["more_info"] = $"https://www.twilio.com/docs/errors/{code}",
            ["status"] = status,
        },
        statusCode: status);

    /// <summary>The message resource Twilio answers to a create (201).</summary>
    public static IResult Created(SinkMessage message, string accountSid)
    {
        ArgumentNullException.ThrowIfNull(message);
        var uri = $"/2010-04-01/Accounts/{accountSid}/Messages/{message.Sid}";
        var date = message.DateCreated.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture);
        return Results.Json(
            new Dictionary<string, object?>
            {
                ["account_sid"] = accountSid,
                ["api_version"] = "2010-04-01",
                ["body"] = message.Body,
                ["date_created"] = date,
                ["date_sent"] = null,
                ["date_updated"] = date,
                ["direction"] = message.Direction,
                ["error_code"] = null,
                ["error_message"] = null,
                ["from"] = message.From,
                ["messaging_service_sid"] = message.MessagingServiceSid,
                ["num_media"] = "0",
                ["num_segments"] = message.NumSegments.ToString(CultureInfo.InvariantCulture),
                ["price"] = null,
                ["price_unit"] = "USD",
                ["sid"] = message.Sid,
                ["status"] = message.Status,
                ["subresource_uris"] = new Dictionary<string, string> { ["media"] = $"{uri}/Media.json" },
                ["to"] = message.To,
                ["uri"] = $"{uri}.json",
            },
            statusCode: StatusCodes.Status201Created);
    }

    /// <summary>A new message SID: <c>SM</c> and 32 hex digits.</summary>
    public static string NewSid() => "SM" + Guid.NewGuid().ToString("N");
}
