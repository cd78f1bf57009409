namespace NewsAlerts.Functions.Pages;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Pages.Languages;

/// <summary>
/// The site root <c>/</c>: a person who types the bare address is sent (<c>302 Found</c>, <c>Location: /signup</c>, with its <c>lang</c> when the address named an offered one) to
/// the sign-up page instead of the Functions host's own "up and running" page.
/// </summary>
/// <remarks>
/// The Functions host does not take an empty route (azure-functions-host issue 4638; Azure-Functions issue 2473): an
/// optional parameter that must be empty is the documented way to match only the root, with the empty route prefix
/// set in <c>host.json</c>.
/// </remarks>
public sealed class HomePageFunction
{
    /// <summary>The route: matches the empty path only.</summary>
    public const string Route = "{home:maxlength(0)?}";

    /// <summary>Sends the visitor to the sign-up page.</summary>
    [Function("HomePage")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Route)] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        // A language chosen in the address (?lang=) stays chosen on the sign-up page.
        return new RedirectResult(PageLanguage.Offered(request.Query[PageLanguage.Field]) is { } language ? PageLinks.WithLanguage("/signup", language) : "/signup", permanent: false);
    }
}
