namespace NewsAlerts.Core.Feeds;

/// <summary>
/// The conditional-request validators kept for a feed, each stored and updated on its own: a server that sends
/// only one of them, or changes one and not the other, keeps conditional requests working.
/// </summary>
/// <param name="ETag">The last <c>ETag</c>, verbatim (weak ones included), or null.</param>
/// <param name="LastModified">The last <c>Last-Modified</c>, verbatim (echoed, never reformatted), or null.</param>
public sealed record FeedValidators(string? ETag, string? LastModified)
{
    /// <summary>No validators yet: the first request is unconditional.</summary>
    public static FeedValidators None { get; } = new(null, null);

    /// <summary>
    /// The validators after a response. A <c>200</c> describes a new representation: each validator becomes the
    /// response's, or none when the response has none. A <c>304</c> (RFC 9111 §4.3.4) updates a validator only
    /// when the response carries it, and keeps the other. Other statuses change nothing.
    /// </summary>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="etag">The response's <c>ETag</c>, or null.</param>
    /// <param name="lastModified">The response's <c>Last-Modified</c>, or null.</param>
    public FeedValidators After(int status, string? etag, string? lastModified)
    {
        etag = string.IsNullOrWhiteSpace(etag) ? null : etag.Trim();
        lastModified = string.IsNullOrWhiteSpace(lastModified) ? null : lastModified.Trim();
        return status switch
        {
            200 => new FeedValidators(etag, lastModified),
            304 => new FeedValidators(etag ?? ETag, lastModified ?? LastModified),
            _ => this,
        };
    }

    /// <summary>The request headers to send: <c>If-None-Match</c> and <c>If-Modified-Since</c>, each when known.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> RequestHeaders()
    {
        var headers = new List<KeyValuePair<string, string>>(2);
        if (ETag is not null)
        {
            headers.Add(new("If-None-Match", ETag));
        }

        if (LastModified is not null)
        {
            headers.Add(new("If-Modified-Since", LastModified));
        }

        return headers;
    }
}
