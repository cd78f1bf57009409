namespace NewsAlerts.Functions.Articles;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Functions.Http;
using NewsAlerts.Functions.Pages;

/// <summary>
/// The short link's damaged shapes, which no other function serves (<see cref="RouteNotFoundFunction"/> leaves
/// <c>api/a</c> alone): <c>/api/a</c> and <c>/api/a/</c> (a text's link cut off before its code) and
/// <c>/api/a/{code}/more</c> (text run into the link). A browser (<c>Accept: text/html</c>) gets the short link's 404
/// page with a way on, anything else 404 problem+json (trial r36 #11: a person saw raw JSON).
/// </summary>
/// <remarks>
/// Neither route can take a request meant for <c>api/a/{code}</c> in any registration order: one has no code segment,
/// the other needs one more segment after it.
/// </remarks>
public sealed class DamagedShortLinkFunction(PageResponder pages)
{
    /// <summary>The route of a link cut off before its code.</summary>
    public const string CutRoute = "api/a";

    /// <summary>The route of a link with more path after its code.</summary>
    public const string LongerRoute = "api/a/{code}/{next}/{*rest}";

    /// <summary>Answers 404 for <c>/api/a</c>.</summary>
    [Function("ShortLinkCut")]
    public Task<IActionResult> CutAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = CutRoute)] HttpRequest request) => AnswerAsync(request);

    /// <summary>Answers 404 for <c>/api/a/{code}/more</c>.</summary>
    [Function("ShortLinkLonger")]
    public Task<IActionResult> LongerAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = LongerRoute)] HttpRequest request) => AnswerAsync(request);

    private async Task<IActionResult> AnswerAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        PageResponder.UseLanguage(request);
        return PageResponder.WantsPage(request)
            ? await ArticleLinkFunction.NotFoundPageAsync(pages)
            : Problems.Field(StatusCodes.Status404NotFound, "Not found", "code", "not a short link (expected /api/a/{code}).");
    }
}
