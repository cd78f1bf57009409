namespace NewsAlerts.Benchmarks.Feeds;

using System.Globalization;
using System.Security;
using System.Text;

/// <summary>The RSS 2.0 body of one benchmark feed: ten routine items, and in front of them the breaking items added so far.</summary>
internal static class BenchFeed
{
    /// <summary>The word the benchmark's subscriber follows: only the added items mention it.</summary>
    public const string Topic = "Aleppo";

    /// <summary>The GUID of the item added to feed <paramref name="feed"/> in round <paramref name="round"/>.</summary>
    public static string AddedGuid(int feed, int round) => $"added-{round}-{feed}";

    /// <summary>
    /// The body of feed <paramref name="feed"/> with the items added in <paramref name="rounds"/> (round to when it was
    /// added: a story hours old is too stale to alert); the routine items are from <paramref name="registered"/>.
    /// </summary>
    public static string Render(int feed, IReadOnlyDictionary<int, DateTimeOffset> rounds, DateTimeOffset registered)
    {
        var published = registered;
        var xml = new StringBuilder();
        xml.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Bench feed {feed}</title><link>https://bench.example/{feed}/</link><description>Benchmark feed</description><language>en</language>");
        foreach (var (round, at) in rounds.OrderByDescending(r => r.Key))
        {
            Item(xml, AddedGuid(feed, round), $"{Topic} truce talks resume, round {round} (feed {feed})", at);
        }

        for (var k = 0; k < 10; k++)
        {
            Item(xml, $"routine-{feed}-{k}", $"Routine story {k} of feed {feed} about the weather and the markets", published.AddMinutes(-k));
        }

        return xml.Append("</channel></rss>").ToString();
    }

    private static void Item(StringBuilder xml, string guid, string headline, DateTimeOffset published) =>
        xml.Append(CultureInfo.InvariantCulture,
            $"<item><guid isPermaLink=\"false\">{guid}</guid><title>{SecurityElement.Escape(headline)}</title><link>https://bench.example/{guid}</link>" +
            $"<description>{SecurityElement.Escape(headline)}. A paragraph of text long enough to look like a summary of a news story, written once for every item of every feed.</description>" +
            $"<pubDate>{published.ToString("R", CultureInfo.InvariantCulture)}</pubDate></item>");
}
