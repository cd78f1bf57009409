namespace NewsAlerts.Channels.Tests.Feeds.Differential;

using NewsAlerts.Core.Feeds;

/// <summary>
/// The known ways our reading and rss-parser's differ, each a reason in words; null for a disagreement nobody has
/// explained (which fails the test). An explained disagreement still counts against the 99% agreement.
/// </summary>
internal static class FeedDisagreements
{
    public static string? Explain(FeedDifference difference, FeedItem? ours)
    {
        var theirs = difference.Theirs;
        if (ours is null || theirs is null && difference.Field is "item")
        {
            return null;
        }

        if (theirs is not null && theirs.StartsWith('{'))
        {
            return "rss-parser (xml2js) returns an object, not text, for an element holding child elements (Atom xhtml, naked markup); we take the text";
        }

        return difference.Field switch
        {
            "title" when theirs is not null && ours.Title is not null && ours.Title.StartsWith(theirs.Trim(), StringComparison.Ordinal) && ours.Title.Length > theirs.Trim().Length
                => "rss-parser keeps only the text before the first child element of a title with naked markup; we keep all its text",
            "title" when theirs is not null && theirs.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
                => "the title holds a control character that XML 1.0 forbids; we drop it, rss-parser keeps it",
            "link" when theirs is not null && !Uri.IsWellFormedUriString(theirs, UriKind.Absolute) && ours.Link is not null && ours.Link.EndsWith(theirs.TrimStart('.', '/'), StringComparison.Ordinal)
                => "rss-parser ignores xml:base; we resolve relative links against it",
            "date" when theirs is null && ours.PublishedText is not null && ours.Published == FeedDates.Parse(ours.PublishedText)
                => "rss-parser reads no date from atom:published/atom:updated inside an RSS item; we do",
            "date" when ours.PublishedText is not null && FeedDates.Parse(ours.PublishedText) is null
                => "the date's zone offset is out of range (beyond ±14:00); JavaScript's Date reads it anyway, we ignore the zone",
            _ => null,
        };
    }
}
