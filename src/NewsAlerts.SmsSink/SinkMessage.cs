namespace NewsAlerts.SmsSink;

/// <summary>A message the sink received (outbound from the app) or sent to the app (inbound reply).</summary>
/// <param name="Sid">Twilio-style SID, <c>SM</c> + 32 hex digits.</param>
/// <param name="Direction"><c>outbound-api</c>, or <c>inbound</c> for replies the sink posted to the app.</param>
/// <param name="To">The recipient.</param>
/// <param name="From">The sender (null when a Messaging Service was used).</param>
/// <param name="MessagingServiceSid">The Messaging Service, when one was used.</param>
/// <param name="Body">The text.</param>
/// <param name="NumSegments">Segments as Twilio would bill them.</param>
/// <param name="Encoding"><c>GSM-7</c> or <c>UCS-2</c>.</param>
/// <param name="Status">queued, sent, delivered, received, or rejected (a Twilio error was answered).</param>
/// <param name="ErrorCode">The Twilio error code answered, for rejected messages.</param>
/// <param name="StatusCallback">Where status callbacks go.</param>
/// <param name="DateCreated">When the sink received it.</param>
public sealed record SinkMessage(
    string Sid,
    string Direction,
    string To,
    string? From,
    string? MessagingServiceSid,
    string Body,
    int NumSegments,
    string Encoding,
    string Status,
    int? ErrorCode,
    Uri? StatusCallback,
    DateTimeOffset DateCreated);
