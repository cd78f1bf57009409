namespace NewsAlerts.Channels.Feeds;

using System.Net;
using System.Net.Http.Headers;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Feeds.WebSub;
using NewsAlerts.Core.Ports;

/// <summary>
/// Fetches feeds politely: a conditional GET with the stored validators, compressed bodies accepted, an honest
/// <c>User-Agent</c> with a contact URL, one request at a time per host (<see cref="HostGate"/>), a timeout per
/// request, and redirects followed by hand (at most <see cref="MaxRedirects"/>) so each target is checked by the
/// <see cref="FeedUrlGuard"/> as well as by the connection guard of <see cref="FeedConnections"/>, and a chain of
/// permanent redirects (301, 308) is reported so the feed's address can move.
/// </summary>
/// <param name="client">A client over <see cref="FeedConnections.CreateHandler"/> with automatic redirects off.</param>
/// <param name="guard">Checks each URL before it is requested.</param>
/// <param name="gate">One request at a time per host.</param>
/// <param name="timeout">The longest one request may take (headers and body).</param>
/// <remarks>
/// Every failure of the request or of reading its body (timeout, refused address, network error, a body cut mid-way,
/// a body that does not decompress) is answered as <see cref="FeedFetch.Failed"/> with a reason, never thrown; only the
/// caller's cancellation is.
/// </remarks>
/// <param name="userAgent">The <c>User-Agent</c>, e.g. <c>NewsAlerts/1.0 (+https://alerts.example.com/)</c>.</param>
public sealed class HttpFeedFetcher(HttpClient client, FeedUrlGuard guard, HostGate gate, TimeSpan timeout, string userAgent) : IFeedFetcher
{
    /// <summary>The most redirects followed for one fetch.</summary>
    public const int MaxRedirects = 5;

    /// <summary>The largest body read: 10 MiB; a longer one is read up to this and parsed as far as it goes.</summary>
    public const int MaxBodyBytes = 10 * 1024 * 1024;

    /// <summary>The <c>Accept</c> header of every fetch: the feed formats first, then XML and JSON, then anything.</summary>
    public const string Accept = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

    /// <summary>The <c>User-Agent</c> for a contact URL: product, version and the URL in the RFC 9110 comment form.</summary>
    public static string UserAgentFor(Uri contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return $"NewsAlerts/{typeof(HttpFeedFetcher).Assembly.GetName().Version?.ToString(2) ?? "1.0"} (feed poller; +{contact.AbsoluteUri})";
    }

    /// <inheritdoc />
    public async Task<FeedFetch> FetchAsync(Uri url, FeedValidators validators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(validators);
        var current = url;
        Uri? moved = null;
        var permanentSoFar = true;
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            if (await guard.RefusalAsync(current, cancellationToken).ConfigureAwait(false) is { } refusal)
            {
                return FeedFetch.Failed($"refused: {ShownUrl.Authority(current)} {refusal}");
            }

            using var pass = await gate.EnterAsync(current.IdnHost, cancellationToken).ConfigureAwait(false);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            try
            {
                using var request = Request(current, validators);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    permanentSoFar &= status is 301 or 308;
                    moved = permanentSoFar ? next : null;
                    current = next;
                    continue;
                }

                var (document, parseTime) = status == 200 ? await ReadAsync(response, current, deadline.Token).ConfigureAwait(false) : (null, TimeSpan.Zero);
                var links = Header(response.Headers, "Link");
                return new FeedFetch(
                    status,
                    document,
                    Header(response.Headers, "ETag"),
                    Header(response.Content.Headers, "Last-Modified"),
                    Header(response.Headers, "Retry-After"),
                    moved,
                    null)
                {
                    // WebSub discovery (§4): the Link headers name the hub and the topic.
                    Hubs = links is null ? [] : LinkHeader.Targets(links, "hub", current),
                    Self = links is null ? null : LinkHeader.Targets(links, "self", current).FirstOrDefault(),
                    ParseTime = parseTime,
                };
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return FeedFetch.Failed($"did not answer within {timeout.TotalSeconds:0} s ({ShownUrl.Authority(current)})");
            }
            catch (HttpRequestException exception) when (exception.InnerException is FeedAddressRefusedException refused)
            {
                return FeedFetch.Failed($"refused: {refused.Message}");
            }
            catch (HttpRequestException exception)
            {
                return FeedFetch.Failed($"network error: {NetworkErrorWords.Of(exception.HttpRequestError)} ({ShownUrl.Authority(current)})");
            }
            catch (Exception exception) when (exception is IOException or InvalidDataException)
            {
                // The body was cut (HttpIOException: reset, premature end) or would not decompress (corrupt gzip, Brotli).
                return FeedFetch.Failed($"body read failed: {exception.GetType().Name} ({ShownUrl.Authority(current)})");
            }
        }

        return FeedFetch.Failed($"more than {MaxRedirects} redirects");
    }

    private HttpRequestMessage Request(Uri url, FeedValidators validators)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        request.Headers.TryAddWithoutValidation("Accept", Accept);
        foreach (var (name, value) in validators.RequestHeaders())
        {
            // Echoed verbatim, as the server sent them (RFC 9110 §13.1): parsing could reformat a date or drop a weak prefix.
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    // The feed read, and how long parsing it took (the request's and the body's time excluded).
    private static async Task<(FeedDocument? Document, TimeSpan ParseTime)> ReadAsync(HttpResponseMessage response, Uri url, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var cut = false;
            // A pooled chunk: a new 64 KiB array per feed read was zeroed and dropped on every 200.
            var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
            try
            {
                int read;
                while (buffer.Length < MaxBodyBytes && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, MaxBodyBytes - buffer.Length)), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    buffer.Write(chunk, 0, read);
                }

                // One byte more tells a body of exactly the limit from a longer one, which is cut there (trial s45 #1: a
                // 23.7 MB feed was read to its 2,659th item of 6,000 and nothing said why).
                cut = buffer.Length >= MaxBodyBytes && await stream.ReadAsync(chunk.AsMemory(0, 1), cancellationToken).ConfigureAwait(false) > 0;
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
            }

            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            var document = FeedParser.Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), response.Content.Headers.ContentType?.CharSet, url);
            if (cut)
            {
                document = document with { Errors = [$"the body is longer than {MaxBodyBytes / (1024 * 1024)} MiB: only the items in its first {MaxBodyBytes / (1024 * 1024)} MiB were read ({document.Items.Count})", .. document.Errors] };
            }

            return (document, System.Diagnostics.Stopwatch.GetElapsedTime(start));
        }
    }

    // As the server sent it (lines joined by ", "), never parsed: a parsed Last-Modified comes back reformatted (an RFC 850
    // or asctime date as RFC 1123), which is not what RFC 9110 §13.1 asks a client to echo, and parsing every 304's headers
    // cost each poll CPU (a lock per parse) that the validators never needed.
    private static string? Header(HttpHeaders headers, string name) =>
        headers.NonValidated.TryGetValues(name, out var values) ? values.ToString() : null;
}
