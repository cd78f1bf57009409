namespace NewsAlerts.Channels.Feeds;

using System.Xml;
using System.Xml.Linq;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;
using NewsAlerts.Core.Feeds;
using ReadItem = CodeHollow.FeedReader.FeedItem;

/// <summary>
/// Reads RSS 0.9x/1.0/2.0, Atom 1.0 and JSON Feed 1.x bodies with CodeHollow.FeedReader and covers what it leaves
/// to the caller: the charset (<see cref="FeedBodyDecoder"/>), dates in the wild (<see cref="FeedDates"/>), relative
/// links (<c>xml:base</c>, then the feed's URL), RSS <c>isPermaLink</c>, and ill-formed XML, where it keeps the
/// items it can read (<see cref="FeedSalvage"/>) and records the error. Never throws on any body.
/// </summary>
public static class FeedParser
{
    /// <summary>The feed in <paramref name="body"/>.</summary>
    /// <param name="body">The response body as received (after content decoding).</param>
    /// <param name="headerCharset">The <c>charset</c> of the response's <c>Content-Type</c>, or null.</param>
    /// <param name="feedUrl">The URL the body came from (after redirects): the base of relative links.</param>
    /// <exception cref="ArgumentNullException"><paramref name="feedUrl"/> is null.</exception>
    public static FeedDocument Parse(ReadOnlySpan<byte> body, string? headerCharset, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        var (text, decodeError) = FeedBodyDecoder.Decode(body, headerCharset);
        var errors = new List<string>();
        if (decodeError is not null)
        {
            errors.Add(decodeError);
        }

        var start = text.AsSpan().TrimStart();
        if (start.IsEmpty)
        {
            errors.Add("the body is empty");
            return new FeedDocument("unknown", null, null, [], errors);
        }

        if (HtmlPages.IsPage(text))
        {
            // An error page or a home page: no feed, but the feeds the page links are what an editor meant to register.
            errors.Add("the body is an HTML page, not a feed");
            return new FeedDocument("html", null, null, [], errors) { Alternates = HtmlPages.FeedLinks(text, feedUrl) };
        }

        if (JsonFeedShape.Refusal(text) is { } notJsonFeed)
        {
            errors.Add(notJsonFeed);
            return new FeedDocument("unknown", null, null, [], errors);
        }

        if (start[0] is not ('<' or '{' or '['))
        {
            // Random bytes, plain text, a CSV: the XML reader's own words ("Data at the root level is invalid. Line 1,
            // position 1.") are not the feed's fault in words (trial s45 #2).
            // First: a decoding error (random bytes are rarely valid UTF-8) is a detail of it, and the first error is what the health shows.
            return new FeedDocument("unknown", null, null, [], ["the body is not XML or JSON", .. errors]);
        }

        // No feed needs its DOCTYPE, and an internal subset is where entity-expansion bombs live: it is removed
        // unread (the HTML entities an RSS 0.91 DTD would name are repaired below like any other).
        text = FeedSalvage.WithoutDoctype(text);
        var feed = TryRead(text, out var error) ?? (start[0] == '<' ? TryRead(FeedSalvage.Repair(text), out _) : null);
        if (error is not null)
        {
            errors.Add(error);
        }

        if (feed is not null)
        {
            var document = Document(feed, feedUrl, errors);
            var (hubs, self) = feed.Type == FeedType.JsonFeed ? FeedHubLinks.OfJson(text, feedUrl) : FeedHubLinks.OfXml(feed.SpecificFeed?.Element, feedUrl);
            return document with { Hubs = hubs, Self = self };
        }

        if (start[0] != '<')
        {
            // Starts like JSON but does not parse: the XML reader's words would be about XML.
            return new FeedDocument("unknown", null, null, [], [.. errors.Where(e => e != error), "the body is not XML or JSON (it starts like JSON but is not valid JSON)"]);
        }

        var salvaged = FeedSalvage.Items(text, out var format);
        return new FeedDocument(
            format,
            null,
            null,
            [.. salvaged.Select(element => Item(element, Specific(element, format), feedUrl, null, format))],
            errors);
    }

    private static Feed? TryRead(string text, out string? error)
    {
        error = null;
        try
        {
            return FeedReader.ReadFromString(text);
        }
#pragma warning disable CA1031 // A feed is hostile input: whatever the library throws becomes the feed's recorded error.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // The XML reader's and the format check's messages say where and what in words; any other exception's text is
            // the library's internals (a null reference, an index out of range), not the feed's fault in words (session 44).
            error = exception is XmlException or CodeHollow.FeedReader.Parser.FeedTypeNotSupportedException
                ? exception.Message
                : $"the feed reader could not read it ({exception.GetType().Name})";
            return null;
        }
    }

    private static FeedDocument Document(Feed feed, Uri feedUrl, List<string> errors)
    {
        var format = feed.Type switch
        {
            FeedType.Atom => "atom",
            FeedType.Rss_1_0 => "rdf",
            FeedType.JsonFeed => "json",
            FeedType.Unknown => "unknown",
            _ => "rss",
        };
        var language = string.IsNullOrWhiteSpace(feed.Language) ? null : feed.Language.Trim();
        var items = new List<NewsAlerts.Core.Feeds.FeedItem>();
        foreach (var item in feed.Items)
        {
            try
            {
                items.Add(Item(item.SpecificItem?.Element, item, feedUrl, language, format));
            }
#pragma warning disable CA1031 // One unreadable item must not lose the others.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                errors.Add($"item {items.Count + 1}: could not be read ({exception.GetType().Name})");
            }
        }

        return new FeedDocument(format, Blank(feed.Title), language, items, errors);
    }

    private static ReadItem? Specific(XElement element, string format)
    {
        try
        {
            BaseFeedItem item = format switch
            {
                "atom" => new AtomFeedItem(element),
                "rdf" => new Rss10FeedItem(element),
                _ => new Rss20FeedItem(element),
            };
            return new ReadItem(item);
        }
#pragma warning disable CA1031 // A salvaged fragment that the library cannot read is kept as the XML gives it.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static NewsAlerts.Core.Feeds.FeedItem Item(XElement? element, ReadItem? item, Uri feedUrl, string? feedLanguage, string format)
    {
        var guidElement = element?.Elements().FirstOrDefault(e => e.Name.LocalName == "guid");
        var isPermaLink = guidElement?.Attribute("isPermaLink")?.Value.Trim();

        // FeedReader fills Id with the link when an RSS item has no guid; an id is only what the feed names as one.
        var guid = format switch
        {
            "atom" or "json" => Blank(item?.Id) ?? Blank(Child(element, "id")),
            "rdf" => Blank(guidElement?.Value) ?? Blank(element?.Attribute(XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"))?.Value),
            _ => Blank(guidElement?.Value),
        };
        var dateText = Blank(item?.PublishingDateString) ?? DateText(element);
        var published = FeedDates.Parse(dateText)
            ?? (item?.PublishingDate is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : null);
        return new NewsAlerts.Core.Feeds.FeedItem(
            guid,
            !string.Equals(isPermaLink, "false", StringComparison.OrdinalIgnoreCase),
            Link(Blank(item?.Link) ?? LinkText(element), element, feedUrl),
            Blank(item?.Title) ?? Blank(Child(element, "title")),
            Blank(item?.Content),
            Blank(item?.Description) ?? Blank(Child(element, "description")) ?? Blank(Child(element, "summary")),
            dateText,
            published,
            [.. (item?.Categories ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim())],
            Blank(Language(element)) ?? feedLanguage);
    }

    private static string? Link(string? link, XElement? element, Uri feedUrl)
    {
        if (link is null)
        {
            return null;
        }

        var baseUri = feedUrl;
        foreach (var scope in (element?.AncestorsAndSelf().Reverse() ?? []))
        {
            var declared = scope.Attribute(XNamespace.Xml + "base")?.Value;
            if (declared is not null && Uri.TryCreate(baseUri, declared.Trim(), out var next))
            {
                baseUri = next;
            }
        }

        return Uri.TryCreate(baseUri, link, out var absolute) ? absolute.AbsoluteUri : link;
    }

    private static string? Language(XElement? element) =>
        element?.AncestorsAndSelf().Select(e => e.Attribute(XNamespace.Xml + "lang")?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static string? DateText(XElement? element) =>
        Blank(Child(element, "pubDate")) ?? Blank(Child(element, "published")) ?? Blank(Child(element, "updated")) ?? Blank(Child(element, "date"));

    private static string? LinkText(XElement? element) =>
        element?.Elements().Where(e => e.Name.LocalName == "link").Select(e => Blank(e.Attribute("href")?.Value) ?? Blank(e.Value)).FirstOrDefault(v => v is not null);

    private static string? Child(XElement? element, string localName) =>
        element?.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
