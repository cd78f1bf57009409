namespace NewsAlerts.Functions.OpenApi;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using NewsAlerts.Core.Configuration;

/// <summary><c>GET /api/openapi.json</c> (anonymous): the JSON API's OpenAPI 3.1 document, built from <see cref="ApiContract"/>.</summary>
public sealed class OpenApiFunction(IOptions<AlertsOptions> alerts)
{
    /// <summary>Answers the document, cacheable for an hour.</summary>
    [Function("OpenApiDocument")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/openapi.json")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var json = await OpenApiDocumentFactory.Build(alerts.Value.PublicBaseUrl).SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, cancellationToken);
        request.HttpContext.Response.Headers.CacheControl = "public, max-age=3600";
        return new ContentResult { Content = json, ContentType = "application/json; charset=utf-8", StatusCode = StatusCodes.Status200OK };
    }
}
