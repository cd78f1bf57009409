namespace NewsAlerts.Core.Feeds.WebSub;

/// <summary>The hub and topic a feed names (WebSub §4): HTTP <c>Link</c> headers first, then the document's own links.</summary>
/// <param name="Hub">The first hub named.</param>
/// <param name="Topic">The feed's <c>rel="self"</c> URL.</param>
public sealed record WebSubDiscovery(Uri Hub, Uri Topic)
{
    /// <summary>
    /// The hub and topic of a fetch, or null when it names no hub or no self URL (both must be absolute http or https).
    /// A feed's Link headers win over its body, as WebSub §4 prefers them.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="fetch"/> is null.</exception>
    public static WebSubDiscovery? Of(FeedFetch fetch)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        var hub = fetch.Hubs.FirstOrDefault(IsWeb) ?? fetch.Document?.Hubs.FirstOrDefault(IsWeb);
        var topic = (fetch.Self is { } self && IsWeb(self) ? self : null) ?? (fetch.Document?.Self is { } own && IsWeb(own) ? own : null);
        return hub is null || topic is null ? null : new WebSubDiscovery(hub, topic);
    }

    private static bool IsWeb(Uri uri) => uri.IsAbsoluteUri && uri.Scheme is "http" or "https";
}
