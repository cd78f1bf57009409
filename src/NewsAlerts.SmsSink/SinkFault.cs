namespace NewsAlerts.SmsSink;

/// <summary>A failure the sink answers: <c>POST /sink/faults</c> body, e.g. <c>{"status":429,"count":2,"retryAfterSeconds":3}</c>.</summary>
/// <param name="Status">429 or a 5xx status.</param>
/// <param name="Count">How many requests get it.</param>
/// <param name="RetryAfterSeconds">The Retry-After header to send, if any.</param>
public sealed record SinkFault(int Status, int Count = 1, int? RetryAfterSeconds = null);
