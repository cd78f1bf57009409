namespace NewsAlerts.Core.Feeds;

/// <summary>The answer to one fetch of a feed, after redirects.</summary>
/// <param name="Status">The final HTTP status; 0 when no response came (timeout, refused address, network error).</param>
/// <param name="Document">The feed read from a <c>200</c> body; null for other statuses.</param>
/// <param name="ETag">The response's <c>ETag</c>, or null.</param>
/// <param name="LastModified">The response's <c>Last-Modified</c>, or null.</param>
/// <param name="RetryAfter">The response's <c>Retry-After</c> as sent, or null.</param>
/// <param name="PermanentlyMovedTo">Where a permanent redirect (301, 308) on the way pointed, or null.</param>
/// <param name="Error">Why no response came (or the body was cut), for the feed's health; null otherwise.</param>
public sealed record FeedFetch(
    int Status,
    FeedDocument? Document,
    string? ETag,
    string? LastModified,
    string? RetryAfter,
    Uri? PermanentlyMovedTo,
    string? Error)
{
    /// <summary>The WebSub hubs named by the response's <c>Link</c> headers (<c>rel="hub"</c>).</summary>
    public IReadOnlyList<Uri> Hubs { get; init; } = [];

    /// <summary>The <c>rel="self"</c> URL of the response's <c>Link</c> headers, or null.</summary>
    public Uri? Self { get; init; }

    /// <summary>How long reading the body into <see cref="Document"/> (parsing) took; zero without a body.</summary>
    public TimeSpan ParseTime { get; init; }

    /// <summary>No response: <paramref name="error"/> says why.</summary>
    public static FeedFetch Failed(string error) => new(0, null, null, null, null, null, error);
}
