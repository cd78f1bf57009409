namespace NewsAlerts.Core.Feeds;

/// <summary>
/// An HTTP status a feed answered, with its meaning in words for the feed's <c>lastError</c>: <c>HTTP 404 (not found)</c>
/// rather than a bare code (session 44). Reason phrases as RFC 9110 §15 names them, in lower case; a status without one
/// here is the code alone.
/// </summary>
public static class HttpStatusWords
{
    /// <summary><c>HTTP {status}</c> with its meaning in parentheses when it has one here.</summary>
    public static string Of(int status) => Meaning(status) is { } meaning ? $"HTTP {status} ({meaning})" : $"HTTP {status}";

    private static string? Meaning(int status) => status switch
    {
        400 => "bad request",
        401 => "unauthorized: the feed needs credentials",
        403 => "forbidden",
        404 => "not found",
        405 => "method not allowed",
        406 => "not acceptable",
        408 => "request timeout",
        429 => "too many requests",
        451 => "unavailable for legal reasons",
        500 => "server error",
        502 => "bad gateway",
        503 => "service unavailable",
        504 => "gateway timeout",
        _ => null,
    };
}
