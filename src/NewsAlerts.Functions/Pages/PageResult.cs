namespace NewsAlerts.Functions.Pages;

using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

/// <summary>
/// A rendered page: HTML with the page's own Content-Security-Policy (replacing the API's, which forbids styles),
/// never cached (pages can show a subscriber's details), sending referrers only to this app.
/// </summary>
/// <param name="Html">The document.</param>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="ContentSecurityPolicy">The policy for this page (its frame ancestors decide who may embed it).</param>
/// <param name="ContentLanguage">The page's language (ISO 639-1) for the <c>Content-Language</c> header; null sends none.</param>
public sealed record PageResult(string Html, int StatusCode, string ContentSecurityPolicy, string? ContentLanguage = null) : IActionResult
{
    /// <inheritdoc />
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "same-origin"; // own form posts name our Origin (tokens are never in URLs)
        response.Headers.CacheControl = "no-store";
        if (ContentLanguage is not null)
        {
            response.Headers.ContentLanguage = ContentLanguage;
        }

        var body = Encoding.UTF8.GetBytes(Html);
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.HttpContext.RequestAborted);
    }
}
