namespace NewsAlerts.Core.Articles;

/// <summary>
/// Where a story is linked wherever a subscriber is shown it (an alert or breaking-news email, HTML and text part, a
/// digest, the 30-day history on <c>/manage</c>): its own web address when it has one, else its short-link page
/// (<c>/api/a/{code}</c>, which shows its headline and summary, or its withdrawal or correction note), as texts always
/// link (trial finding #8, issue 16: pasted ninjs without <c>uri</c> and feed items without a link were not linked).
/// </summary>
public static class StoryLinks
{
    /// <summary>
    /// Whether <paramref name="url"/> may be followed from a message or page: an absolute http(s) address. A
    /// <c>javascript:</c> or <c>data:</c> URL in article data must never reach a mail client or a page.
    /// </summary>
    public static bool IsWebLink(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);

    /// <summary>
    /// The link of a story whose own address is <paramref name="url"/> (null when it has none) and whose short-link page
    /// is <paramref name="storyPage"/> (<see cref="Dispatch.AlertLinks.ShortLink"/>, or <see cref="PagePath"/> on a
    /// page): <paramref name="url"/> when it is a web link (<see cref="IsWebLink"/>), else <paramref name="storyPage"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="storyPage"/> is null.</exception>
    public static Uri Of(Uri? url, Uri storyPage)
    {
        ArgumentNullException.ThrowIfNull(storyPage);
        return IsWebLink(url) ? url! : storyPage;
    }

    /// <summary>The short-link page of <paramref name="articleId"/> as a root-relative link, <c>/api/a/{code}</c>, for pages.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="articleId"/> is null.</exception>
    public static Uri PagePath(string articleId) => new($"/api/a/{Dispatch.AlertLinks.ShortCode(articleId)}", UriKind.Relative);
}
