namespace NewsAlerts.Functions.Pages;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Functions.Http;
using NewsAlerts.Pages;

/// <summary><c>GET /assets/{name}</c>: the pages' stylesheet (<c>pages.css</c>) and optional scripts (<c>timezone.js</c>, <c>topicbuilder.js</c>, <c>storystatus.js</c>), icon (<c>favicon.svg</c>) and the zone names the zone script looks up (<c>zonealiases.json</c>).</summary>
public sealed class PageAssetsFunction
{
    /// <summary>Answers the asset, cacheable for an hour; 404 for any other name.</summary>
    [Function("PageAsset")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "assets/{name}")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = request.RouteValues["name"]?.ToString() ?? string.Empty;
        if (PageAssets.Find(name) is not { } asset)
        {
            return Problems.Field(StatusCodes.Status404NotFound, "Not found", "name", $"there is no page asset of this name ({string.Join(", ", PageAssets.Names)}).");
        }

        request.HttpContext.Response.Headers.CacheControl = "public, max-age=3600";
        return new FileContentResult(asset.Content, asset.ContentType);
    }
}
