namespace NewsAlerts.Functions.Http;

using Microsoft.Net.Http.Headers;

/// <summary>
/// Tells an API client from a browser by its <c>Accept</c> header (RFC 9110 §12.5.1), for a GET that a browser opens as a
/// page: an API client names <c>application/json</c>, <c>application/problem+json</c> (or another <c>+json</c> type) and
/// not <c>text/html</c>; a browser names <c>text/html</c>; no header, <c>*/*</c> or anything else is answered as a browser
/// is (a link opened by a mail client or a scanner). A type with <c>q=0</c> is one the client refuses, so it does not count.
/// </summary>
public static class JsonClients
{
    /// <summary>Whether <paramref name="accept"/> (the header's values, or null when absent) asks for JSON and not a page.</summary>
    public static bool AsksForJson(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept) || !MediaTypeHeaderValue.TryParseList([accept], out var types) || types is null)
        {
            return false;
        }

        var wanted = types.Where(t => t.Quality is not 0).ToList();
        return wanted.Any(IsJson) && !wanted.Any(t => t.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsJson(MediaTypeHeaderValue type) =>
        type.Type.Equals("application", StringComparison.OrdinalIgnoreCase)
        && (type.SubType.Equals("json", StringComparison.OrdinalIgnoreCase) || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));
}
