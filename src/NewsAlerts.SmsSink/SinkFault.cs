namespace NewsAlerts.SmsSink;

/// <summary>
/// A failure the sink answers: <c>POST /sink/faults</c> body, e.g. <c>{"status":429,"count":2,"retryAfterSeconds":3}</c>,
/// or a Twilio error code as Twilio answers it, e.g. <c>{"status":400,"code":30004}</c>.
/// </summary>
/// <param name="Status">429, a 5xx status, or 400 with <paramref name="Code"/>.</param>
/// <param name="Count">How many requests get it.</param>
/// <param name="RetryAfterSeconds">The Retry-After header to send, if any.</param>
/// <param name="Code">The Twilio error code of the answer (required with 400; 20429 or 20500 when null).</param>
/// <param name="To">
/// Only requests to this number (E.164, as the request's <c>To</c>) get it; null: every request. Lets a test fail its
/// own sends without failing those of tests running beside it on the shared sink.
/// </param>
public sealed record SinkFault(int Status, int Count = 1, int? RetryAfterSeconds = null, int? Code = null, string? To = null);
