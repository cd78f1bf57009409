namespace NewsAlerts.Core.Feeds;

/// <summary>
/// Whether the one fetch made when an editor registers a feed shows a feed, and if not, why in words for the
/// problem's <c>url</c> field: a URL that answers 404, an HTML page, a JSON document that is not a JSON Feed or
/// nothing in time would be polled forever, flagged a day later, and alert no one.
/// </summary>
public static class FeedProbeVerdict
{
    /// <summary>
    /// Null when <paramref name="fetch"/> read a feed as a poll would count it (<see cref="PollOutcome"/>: RSS, RDF,
    /// Atom or JSON Feed, with items or read cleanly, so an empty feed or one damaged after some items counts),
    /// otherwise the reason, e.g.
    /// <c>answered 404</c>, <c>did not answer within 10 s (http://x.test)</c>, <c>is an HTML page, not a feed; the
    /// page links the feed https://x.test/rss.xml: register that URL</c>.
    /// </summary>
    /// <param name="fetch">The fetch of the URL being registered, without validators.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fetch"/> is null.</exception>
    public static string? Refusal(FeedFetch fetch)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        if (fetch.Status == 0)
        {
            // The fetcher's own words: "did not answer within N s (…)", "refused: …", "network error: …".
            return fetch.Error ?? "could not be fetched";
        }

        if (fetch.Status != 200)
        {
            return fetch.Status is >= 300 and < 400
                ? $"answered {fetch.Status} without a usable Location to follow"
                : $"answered {fetch.Status}, not a feed";
        }

        var document = fetch.Document;
        if (document is null)
        {
            return fetch.Error ?? "answered 200 with no body";
        }

        if (document.Format == "html")
        {
            return document.Alternates.Count == 0
                ? "is an HTML page, not a feed"
                : $"is an HTML page, not a feed; the page links the feed {ShownUrl.Of(document.Alternates[0])}: register that URL";
        }

        // The poll's own rule (PollOutcome): a read with items, or a clean one, is a feed; anything else would fail every poll.
        if (document.Items.Count > 0 || document.IsClean)
        {
            return null;
        }

        var why = document.Errors[0];
        return document.Format switch
        {
            "rss" => $"is an RSS feed that cannot be read: {why}",
            "rdf" => $"is an RSS 1.0 (RDF) feed that cannot be read: {why}",
            "atom" => $"is an Atom feed that cannot be read: {why}",
            "json" => $"is a JSON Feed that cannot be read: {why}",
            _ => $"is not an RSS, Atom or JSON Feed document: {why}",
        };
    }
}
