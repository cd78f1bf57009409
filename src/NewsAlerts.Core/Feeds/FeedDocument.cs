namespace NewsAlerts.Core.Feeds;

/// <summary>
/// A feed as read: whatever items could be read, and what went wrong. An ill-formed feed yields the items before
/// the damage (or none) and at least one error; reading never throws.
/// </summary>
/// <param name="Format">What the body was: <c>rss</c>, <c>atom</c>, <c>rdf</c>, <c>json</c>, <c>html</c> (a web page, not a feed), or <c>unknown</c>.</param>
/// <param name="Title">The feed's title, when it has one.</param>
/// <param name="Language">The feed's language, when it names one.</param>
/// <param name="Items">The items read, in feed order.</param>
/// <param name="Errors">What could not be read, in words for an operator; empty for a clean feed.</param>
public sealed record FeedDocument(
    string Format,
    string? Title,
    string? Language,
    IReadOnlyList<FeedItem> Items,
    IReadOnlyList<string> Errors)
{
    /// <summary>The WebSub hubs the feed names (<c>rel="hub"</c> links, JSON Feed <c>hubs</c>), in document order.</summary>
    public IReadOnlyList<Uri> Hubs { get; init; } = [];

    /// <summary>The feed's own URL as it names it (<c>rel="self"</c>, JSON Feed <c>feed_url</c>): the WebSub topic.</summary>
    public Uri? Self { get; init; }

    /// <summary>
    /// For an HTML page (<see cref="Format"/> <c>html</c>), the feeds it links (<c>&lt;link rel="alternate"&gt;</c> with an
    /// RSS, Atom or JSON Feed type), absolute, in document order; empty otherwise.
    /// </summary>
    public IReadOnlyList<Uri> Alternates { get; init; } = [];

    /// <summary>Whether the feed was read without any error.</summary>
    public bool IsClean => Errors.Count == 0;

    /// <summary>A body that could not be read as a feed at all.</summary>
    public static FeedDocument Unreadable(string error) => new("unknown", null, null, [], [error]);
}
