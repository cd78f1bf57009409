namespace NewsAlerts.Integration.Tests.Feeds;

using System.Globalization;
using System.Security;

/// <summary>An RSS 2.0 feed written by a test: items in feed order, newest first.</summary>
internal sealed record RssFeed(string Title, IReadOnlyList<RssItem> Items)
{
    public RssFeed With(RssItem item) => this with { Items = [item, .. Items] };

    public RssFeed Replace(string guid, Func<RssItem, RssItem> change) =>
        this with { Items = [.. Items.Select(i => i.Guid == guid ? change(i) : i)] };

    public string ToXml() =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>{SecurityElement.Escape(Title)}</title><link>https://example.com/</link><language>en</language>
        {string.Concat(Items.Select(i => i.ToXml()))}
        </channel></rss>
        """;
}

/// <summary>One RSS item.</summary>
internal sealed record RssItem(string Guid, string Title, string Description, string Link, DateTimeOffset Published)
{
    public string ToXml() =>
        $"<item><guid>{SecurityElement.Escape(Guid)}</guid><title>{SecurityElement.Escape(Title)}</title>"
        + $"<description>{SecurityElement.Escape(Description)}</description><link>{SecurityElement.Escape(Link)}</link>"
        + $"<pubDate>{Published.ToString("R", CultureInfo.InvariantCulture)}</pubDate></item>";
}
