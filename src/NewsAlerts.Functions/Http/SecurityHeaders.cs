namespace NewsAlerts.Functions.Http;

using Microsoft.AspNetCore.Http;

/// <summary>
/// Headers on every answer so that neither pages nor API answers leak: no MIME sniffing, no Referer (links carry
/// tokens in their query), and a Content-Security-Policy that lets an answer load nothing, be framed by nobody and post
/// a form only back to this app. The subscriber pages replace the policy with their own
/// (<see cref="Pages.PageResult"/>: their stylesheet and script from this app, framing only for the embed origins).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The policy: the pages are plain HTML with one same-origin form and no scripts, styles or images.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>Sets the headers on a response that has not started.</summary>
    public static void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.HasStarted)
        {
            return;
        }

        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
    }
}
