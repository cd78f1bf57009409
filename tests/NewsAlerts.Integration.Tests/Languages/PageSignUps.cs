namespace NewsAlerts.Integration.Tests.Languages;

using System.Net;
using System.Web;
using NewsAlerts.Integration.Tests.Pages;
using NewsAlerts.Testing;

/// <summary>
/// A person signing up on <c>/signup</c> (the form as served, with the languages they tick) and confirming with the
/// button of the emailed link, as a browser without script does: the pages' own path, not the sign-up service.
/// </summary>
internal static class PageSignUps
{
    /// <summary>
    /// Posts the sign-up form of <c>/signup?lang={language}</c> for <paramref name="email"/>, topics "Syria" and
    /// "ceasefire", alerts as they happen, in <paramref name="language"/>, with <paramref name="ticked"/> ticked; returns
    /// the answer (303 on success) and the page (on errors).
    /// </summary>
    public static async Task<(HttpResponseMessage Response, string Html)> PostAsync(HostedStack stack, string email, string language, params string[] ticked)
    {
        var form = HtmlForms.Of(await stack.Host.Browser.GetStringAsync(new Uri($"signup?lang={language}", UriKind.Relative))).Single();
        return await HtmlForms.PostAsync(stack.Host.Browser, form,
        [
            new("email", email), new("topics", "Syria\nceasefire"), new("timeZone", "Europe/Paris"), new("language", language),
            new("emailFrequency", "immediate"), .. ticked.Select(t => new KeyValuePair<string, string>("languages", t)),
        ]);
    }

    /// <summary>The sign-up id a successful post's 303 names.</summary>
    public static string SignUpIdOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = new Uri(new Uri("http://host"), response.Headers.Location!.OriginalString);
        return HttpUtility.ParseQueryString(location.Query)["signUp"]!;
    }

    /// <summary>
    /// Opens the confirmation link emailed to <paramref name="email"/>, presses its button and follows the 303: the
    /// "you're confirmed" page.
    /// </summary>
    public static async Task<string> ConfirmAsync(HostedStack stack, string email)
    {
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(email, CancellationToken.None) >= 1, "the confirmation email arrives");
        var text = (await stack.Inbox.ListMessagesAsync(email, CancellationToken.None)).First().TextBody;
        var api = SentLinks.ConfirmApiOf(text);
        var query = HttpUtility.ParseQueryString(api.Query);
        var signUp = Uri.UnescapeDataString(api.Segments[^2].TrimEnd('/'));
        var page = await stack.Host.Browser.GetStringAsync(new Uri($"confirm?signUp={signUp}&token={Uri.EscapeDataString(query["token"]!)}", UriKind.Relative));
        var (confirmed, _) = await HtmlForms.PostAsync(stack.Host.Browser, HtmlForms.Of(page).Single());
        Assert.Equal(HttpStatusCode.SeeOther, confirmed.StatusCode);
        var (status, html) = await stack.Host.VisitAsync(confirmed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, status);
        return html;
    }

    /// <summary>The preference centre the confirmed page's "Manage your alerts" opens.</summary>
    public static async Task<string> ManageAsync(HostedStack stack, string confirmedPage)
    {
        var (opened, _) = await HtmlForms.PostAsync(stack.Host.Browser, HtmlForms.WithStep(confirmedPage, "open"));
        Assert.Equal(HttpStatusCode.SeeOther, opened.StatusCode);
        var (status, html) = await stack.Host.VisitAsync(opened.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, status);
        return html;
    }
}
