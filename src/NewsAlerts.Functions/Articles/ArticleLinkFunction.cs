namespace NewsAlerts.Functions.Articles;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Ports;
using NewsAlerts.Functions.Http;

/// <summary><c>GET /api/a/{code}</c>: the short link in SMS alerts, redirecting to the article.</summary>
public sealed class ArticleLinkFunction(IArticleStore articles)
{
    /// <summary>Redirects to the article's URL.</summary>
    [Function("ArticleLink")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/a/{code}")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var code = request.RouteValues["code"]?.ToString() ?? string.Empty;
        if (code.Length is 0 or > 16 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "The request is not valid.", "code: not a short link code.");
        }

        return await articles.FindUrlAsync(code, cancellationToken) is { } url
            ? new RedirectResult(url.AbsoluteUri)
            : Problems.Of(StatusCodes.Status404NotFound, "Not found", "code: no article has this short link.");
    }
}
