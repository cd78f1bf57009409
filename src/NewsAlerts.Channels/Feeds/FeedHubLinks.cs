namespace NewsAlerts.Channels.Feeds;

using System.Text.Json;
using System.Xml.Linq;

/// <summary>
/// The WebSub links a feed document names about itself: <c>&lt;link rel="hub"&gt;</c> and <c>rel="self"</c> on an
/// Atom feed, <c>&lt;atom:link&gt;</c> in an RSS channel, JSON Feed's <c>hubs</c> and <c>feed_url</c>. Item links are
/// not looked at. Relative hrefs resolve against the feed's URL.
/// </summary>
public static class FeedHubLinks
{
    /// <summary>The hubs and self URL of an XML feed, given any element of it (or null: none).</summary>
    public static (IReadOnlyList<Uri> Hubs, Uri? Self) OfXml(XElement? anyElement, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        if (anyElement is null)
        {
            return ([], null);
        }

        var root = anyElement.AncestorsAndSelf().Last();
        var scopes = new[] { root }.Concat(root.Elements().Where(e => e.Name.LocalName == "channel"));
        var links = scopes.SelectMany(s => s.Elements().Where(e => e.Name.LocalName == "link" && e.Attribute("href") is not null)).ToList();
        return (
            [.. links.Where(l => HasRel(l, "hub")).Select(l => Resolve(l.Attribute("href")!.Value, feedUrl)).OfType<Uri>()],
            links.Where(l => HasRel(l, "self")).Select(l => Resolve(l.Attribute("href")!.Value, feedUrl)).OfType<Uri>().FirstOrDefault());
    }

    /// <summary>The hubs (<c>hubs[].url</c>) and <c>feed_url</c> of a JSON Feed; none when the text is not a JSON object.</summary>
    public static (IReadOnlyList<Uri> Hubs, Uri? Self) OfJson(string text, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(feedUrl);
        try
        {
            using var json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 16 });
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ([], null);
            }

            var hubs = new List<Uri>();
            if (json.RootElement.TryGetProperty("hubs", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var hub in list.EnumerateArray())
                {
                    if (hub.ValueKind == JsonValueKind.Object && hub.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String
                        && Resolve(url.GetString()!, feedUrl) is { } resolved)
                    {
                        hubs.Add(resolved);
                    }
                }
            }

            var self = json.RootElement.TryGetProperty("feed_url", out var own) && own.ValueKind == JsonValueKind.String ? Resolve(own.GetString()!, feedUrl) : null;
            return (hubs, self);
        }
        catch (JsonException)
        {
            return ([], null);
        }
    }

    private static bool HasRel(XElement link, string rel) =>
        (link.Attribute("rel")?.Value ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(rel, StringComparer.OrdinalIgnoreCase);

    private static Uri? Resolve(string href, Uri feedUrl) =>
        Uri.TryCreate(feedUrl, href.Trim(), out var uri) && uri.Scheme is "http" or "https" ? uri : null;
}
