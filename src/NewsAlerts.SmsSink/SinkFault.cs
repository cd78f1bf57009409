namespace NewsAlerts.SmsSink;

/// <summary>
/// A failure the sink answers: <c>POST /sink/faults</c> body, e.g. <c>{"status":429,"count":2,"retryAfterSeconds":3}</c>,
/// or a Twilio error code as Twilio answers it, e.g. <c>{"status":400,"code":30004}</c>.
/// The API checks every field (<see cref="SinkBodies.Fault"/>).
/// </summary>
/// <param name="Status">An HTTP error status from 400 to 599; one of 400-499 other than 429 comes with <paramref name="Code"/>.</param>
/// <param name="Count">How many requests get it (at least 1).</param>
/// <param name="RetryAfterSeconds">The Retry-After header to send, in seconds (0 to a day), if any.</param>
/// <param name="Code">The Twilio error code of the answer (required with a 4xx other than 429; 20429 or 20500 when null).</param>
/// <param name="To">
/// Only requests to this number (E.164, as the request's <c>To</c>) get it; null: every request. Lets a test fail its
/// own sends without failing those of tests running beside it on the shared sink.
/// </param>
public sealed record SinkFault(int Status, int Count = 1, int? RetryAfterSeconds = null, int? Code = null, string? To = null);
