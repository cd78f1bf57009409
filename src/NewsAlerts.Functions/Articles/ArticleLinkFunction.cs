namespace NewsAlerts.Functions.Articles;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Ports;
using NewsAlerts.Functions.Http;
using NewsAlerts.Functions.Pages;
using NewsAlerts.Pages;

/// <summary>
/// <c>GET /api/a/{code}</c>: the short link in SMS alerts. It redirects to the article; a withdrawn story shows a
/// notice instead (410 Gone, the editor's note, no link on), and a story with a major correction shows the correction
/// note with a link on to the article, so the reader sees the note before the story rather than being redirected past it.
/// A story with no URL of its own shows its headline and summary, so no alert's link leads nowhere. A code that is
/// malformed or unknown answers a 404 page to a browser (<c>Accept: text/html</c>) and problem+json (400 or 404) to
/// anything else.
/// </summary>
public sealed class ArticleLinkFunction(IArticleStore articles, PageResponder pages)
{
    /// <summary>Redirects to the article's URL, or shows its withdrawal or correction notice.</summary>
    [Function("ArticleLink")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/a/{code}")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        PageResponder.UseLanguage(request);
        var code = request.RouteValues["code"]?.ToString() ?? string.Empty;
        if (code.Length is 0 or > 16 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return PageResponder.WantsPage(request)
                ? await NotFoundPageAsync(pages)
                : Problems.Field(StatusCodes.Status400BadRequest, "The request is not valid.", "code", "not a short link code.");
        }

        return await articles.FindLinkAsync(code, cancellationToken) switch
        {
            { Notice.Kind: NoticeKind.Withdrawn } link => await pages.MessageAsync(
                PageStrings.WithdrawnTitle, NoticePage.Withdrawn(link), StatusCodes.Status410Gone),
            { Notice.Kind: NoticeKind.Corrected } link => await pages.MessageAsync(
                PageStrings.CorrectedTitle, NoticePage.Corrected(link), linkTo: link.Url, linkText: PageStrings.ReadCorrectedStory),
            { Url: { } url } => new RedirectResult(url.AbsoluteUri),
            { } link => await pages.MessageAsync(link.Headline, string.IsNullOrWhiteSpace(link.Summary) ? PageStrings.StoryWithoutPage : link.Summary),
            _ when PageResponder.WantsPage(request) => await NotFoundPageAsync(pages),
            _ => Problems.Field(StatusCodes.Status404NotFound, "Not found", "code", "no article has this short link."),
        };
    }

    /// <summary>
    /// The 404 page for a person opening a cut-off, damaged or unknown short link from a text: words and a way on, never
    /// a JSON document (also <see cref="DamagedShortLinkFunction"/>'s).
    /// </summary>
    internal static Task<IActionResult> NotFoundPageAsync(PageResponder pages) =>
        pages.MessageAsync(PageStrings.ShortLinkNotFoundTitle, PageStrings.ShortLinkNotFoundMessage, StatusCodes.Status404NotFound,
            linkTo: new Uri("/signup", UriKind.Relative), linkText: PageStrings.NotFoundLink);
}
