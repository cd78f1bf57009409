namespace NewsAlerts.Channels.Feeds;

using AngleSharp.Html.Parser;

/// <summary>
/// Recognises a web page where a feed was expected and finds the feeds it links: a newsroom's home page is the URL
/// editors most often paste instead of its feed, and the page names the feed in its head (RSS Autodiscovery,
/// rssboard.org/rss-autodiscovery; the HTML Standard's <c>rel="alternate"</c> with a feed type).
/// </summary>
public static class HtmlPages
{
    private static readonly string[] Openings = ["<!doctype html", "<html", "<head", "<body"];

    private static readonly HashSet<string> FeedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json", "application/rdf+xml",
    };

    /// <summary>
    /// Whether <paramref name="text"/> is an HTML page: after white space, an XML declaration and comments, it opens with
    /// an HTML doctype or an <c>html</c>, <c>head</c> or <c>body</c> element (an XHTML page too).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool IsPage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // A scan, not a pattern: comments skipped one by one, linear in the body (hostile bodies reach this).
        var rest = text.AsSpan().TrimStart('\uFEFF').TrimStart();
        if (rest.StartsWith("<?xml", StringComparison.Ordinal))
        {
            var end = rest.IndexOf("?>", StringComparison.Ordinal);
            rest = end < 0 ? [] : rest[(end + 2)..].TrimStart();
        }

        while (rest.StartsWith("<!--", StringComparison.Ordinal))
        {
            var end = rest.IndexOf("-->", StringComparison.Ordinal);
            rest = end < 0 ? [] : rest[(end + 3)..].TrimStart();
        }

        foreach (var opening in Openings)
        {
            if (rest.Length > opening.Length
                && rest.StartsWith(opening, StringComparison.OrdinalIgnoreCase)
                && (char.IsWhiteSpace(rest[opening.Length]) || rest[opening.Length] is '>' or '/'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The feeds <paramref name="html"/> links with <c>&lt;link rel="alternate" type="application/rss+xml"&gt;</c> (or Atom,
    /// JSON Feed, RDF), resolved against the page's <c>&lt;base href&gt;</c> and then <paramref name="pageUrl"/>; only http
    /// and https, each once, in document order.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<Uri> FeedLinks(string html, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var document = new HtmlParser().ParseDocument(html);
        var baseUrl = pageUrl;
        if (document.QuerySelector("base[href]")?.GetAttribute("href") is { } declared && Uri.TryCreate(pageUrl, declared.Trim(), out var based))
        {
            baseUrl = based;
        }

        var links = new List<Uri>();
        foreach (var link in document.QuerySelectorAll("link[href][type]"))
        {
            var rel = (link.GetAttribute("rel") ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var type = (link.GetAttribute("type") ?? string.Empty).Split(';')[0].Trim();
            if (rel.Contains("alternate", StringComparer.OrdinalIgnoreCase)
                && FeedTypes.Contains(type)
                && Uri.TryCreate(baseUrl, link.GetAttribute("href")!.Trim(), out var url)
                && url.Scheme is "http" or "https"
                && !links.Contains(url))
            {
                links.Add(url);
            }
        }

        return links;
    }

}
