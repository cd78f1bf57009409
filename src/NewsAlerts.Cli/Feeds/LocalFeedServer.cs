namespace NewsAlerts.Cli.Feeds;

using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

/// <summary>
/// A feed publisher on 127.0.0.1 for <c>dev</c> and tests: serves the files of a folder (the shared corpus in
/// <c>../shared/data/feeds</c>) and feeds published at run time, with <c>ETag</c> and <c>Last-Modified</c> and
/// <c>304</c> for a matching conditional request (<c>If-None-Match</c> first, as RFC 9110 says), gzip when asked;
/// answers a fault (<c>503</c> with <c>Retry-After</c>), a redirect, a broken body or no answer at all on demand; and keeps a log of what it answered.
/// It is also a WebSub hub (<see cref="Hub"/>, at <c>POST /_hub</c>): every feed it serves names the hub and itself in
/// <c>Link</c> headers, and publishing a feed pushes it to the hub's verified subscribers.
/// Control over HTTP for <c>dev</c>: <c>PUT /_control/feeds/{path}</c> publishes a body, <c>POST
/// /_control/faults/{path}?status=503&amp;retryAfter=120</c> sets a fault, <c>DELETE</c> on it heals.
/// Given a data folder (<see cref="PublishedFeedStore"/>), published feeds are kept there and served again after a restart.
/// </summary>
public sealed class LocalFeedServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ServedFeed> published = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (int Status, string? RetryAfter, Uri? Location)> faults = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> broken = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> stalls = new(StringComparer.Ordinal);
    private readonly string? root;
    private readonly PublishedFeedStore? store;
    private readonly Lock publishing = new();
    private readonly HttpClient hubClient = new() { Timeout = TimeSpan.FromSeconds(30) };
    private WebApplication? app;

    private LocalFeedServer(string? root, PublishedFeedStore? store)
    {
        this.root = root is null ? null : Path.GetFullPath(root);
        this.store = store;
        foreach (var (path, feed) in store?.Load() ?? new Dictionary<string, ServedFeed>())
        {
            published[path] = feed;
        }

        Hub = new LocalWebSubHub(hubClient);
    }

    /// <summary>The WebSub hub the served feeds name.</summary>
    public LocalWebSubHub Hub { get; }

    /// <summary>Whether served feeds name the hub in <c>Link</c> headers (default true; tests of plain polling turn it off).</summary>
    public bool NamesHub { get; set; } = true;

    /// <summary>The hub's URL, <c>{BaseAddress}_hub</c>.</summary>
    public Uri HubUrl => new(BaseAddress, "_hub");

    /// <summary>The server's address, e.g. <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>
    /// The requests answered, bounded (<see cref="RequestLog.DefaultCapacity"/> unless a test sets another); its
    /// <see cref="RequestLog.Total"/> counts every one.
    /// </summary>
    public RequestLog Log { get; set; } = new();

    /// <summary>The last requests answered (at most <see cref="Log"/>'s capacity), oldest first.</summary>
    public IReadOnlyList<FeedServerRequest> Requests => Log.Snapshot();

    /// <summary>
    /// Every address the server listens on, one per loopback address it was started on (the first is <see cref="BaseAddress"/>):
    /// a feed published at a path is served at that path on each of them, as from as many hosts.
    /// </summary>
    public IReadOnlyList<Uri> BaseAddresses { get; private set; } = [];

    /// <summary>Starts a server for the files under <paramref name="root"/> (or only published feeds) on <paramref name="port"/> (0: any free one).</summary>
    public static Task<LocalFeedServer> StartAsync(string? root, int port, CancellationToken cancellationToken) =>
        StartAsync(root, [IPAddress.Loopback], port, cancellationToken);

    /// <summary>
    /// Starts a server as above on 127.0.0.1 that keeps the feeds published to it in <paramref name="dataDirectory"/>
    /// (null: in memory only) and serves those kept there by an earlier run, with their validators.
    /// </summary>
    /// <exception cref="IOException"><paramref name="dataDirectory"/> cannot be created or read.</exception>
    public static Task<LocalFeedServer> StartAsync(string? root, int port, string? dataDirectory, CancellationToken cancellationToken) =>
        StartAsync(root, [IPAddress.Loopback], port, cancellationToken, dataDirectory is null ? null : new PublishedFeedStore(dataDirectory));

    /// <summary>
    /// Starts a server listening on each of <paramref name="addresses"/> (all loopback, e.g. 127.0.0.1 to 127.0.0.100: on
    /// Linux all of 127.0.0.0/8 reaches the loopback interface), each on <paramref name="port"/> (0: any free one per address).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="addresses"/> is empty or names an address that is not loopback.</exception>
    public static Task<LocalFeedServer> StartAsync(string? root, IReadOnlyList<IPAddress> addresses, int port, CancellationToken cancellationToken) =>
        StartAsync(root, addresses, port, cancellationToken, store: null);

    private static async Task<LocalFeedServer> StartAsync(
        string? root, IReadOnlyList<IPAddress> addresses, int port, CancellationToken cancellationToken, PublishedFeedStore? store)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        if (addresses.Count == 0 || addresses.Any(a => !IPAddress.IsLoopback(a)))
        {
            throw new ArgumentException("The feed server listens on loopback addresses only, and on at least one.", nameof(addresses));
        }

        var server = new LocalFeedServer(root, store);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // In-process beside another host: the owner handles Ctrl+C and SIGTERM, not this server's console lifetime.
        builder.Services.AddSingleton<IHostLifetime, OwnedLifetime>();
        builder.WebHost.UseKestrel(kestrel =>
        {
            foreach (var address in addresses)
            {
                kestrel.Listen(address, port);
            }
        });
        var app = builder.Build();
        app.MapPut("/_control/feeds/{**path}", server.PublishFromRequestAsync);
        app.MapPost("/_control/faults/{**path}", (string path, int status, string? retryAfter) =>
        {
            server.Fail(path, status, retryAfter);
            return Results.NoContent();
        });
        app.MapDelete("/_control/faults/{**path}", (string path) =>
        {
            server.Heal(path);
            return Results.NoContent();
        });
        app.MapGet("/_control/ready", () => Results.Text("newsalerts feed server"));
        app.MapPost("/_hub", server.Hub.HandleAsync);
        app.MapGet("/{**path}", server.ServeAsync);
        await app.StartAsync(cancellationToken);
        server.app = app;
        // Kestrel lists the bound addresses in no set order: answer them in the order asked for.
        var bound = app.Urls.Select(u => new Uri(u.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/")).ToList();
        server.BaseAddresses = [.. addresses.Select(a => bound.First(u => IPAddress.Parse(u.Host).Equals(a)))];
        server.BaseAddress = server.BaseAddresses[0];
        return server;
    }

    /// <summary>The URL of the feed at <paramref name="path"/> (relative, e.g. <c>news/world.xml</c>).</summary>
    public Uri UrlOf(string path) => new(BaseAddress, path);

    /// <summary>
    /// Serves <paramref name="content"/> at <paramref name="path"/> from now on, with new validators, and pushes it
    /// to the hub's subscribers of the feed (in the background). With a data folder it is on disk before this returns
    /// (and before <c>PUT</c> answers), so a restart serves it again.
    /// </summary>
    /// <exception cref="IOException">The data folder cannot be written (nothing is published).</exception>
    public void Publish(string path, string content, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        var feed = ServedFeed.Of(Encoding.UTF8.GetBytes(content), contentType ?? ServedFeed.ContentTypeFor(path), DateTimeOffset.UtcNow);
        // One at a time, so the feed served and the one kept for the next run are the same when two publish one path.
        lock (publishing)
        {
            store?.Save(path, feed);
            published[path] = feed;
        }

        Hub.Distribute(UrlOf(path), feed, LinksOf(path));
    }

    /// <summary>The <c>Link</c> header naming the hub and the feed at <paramref name="path"/> (WebSub discovery).</summary>
    public string LinksOf(string path) => $"<{HubUrl.AbsoluteUri}>; rel=\"hub\", <{UrlOf(path).AbsoluteUri}>; rel=\"self\"";

    /// <summary>Answers <paramref name="status"/> (with <c>Retry-After</c> when given) for <paramref name="path"/> until <see cref="Heal"/>.</summary>
    public void Fail(string path, int status, string? retryAfter = null) => faults[path] = (status, retryAfter, null);

    /// <summary>Redirects <paramref name="path"/> to <paramref name="target"/> with <paramref name="status"/> (301, 302, 307, 308) until <see cref="Heal"/>.</summary>
    public void Redirect(string path, Uri target, int status) => faults[path] = (status, null, target);

    /// <summary>
    /// Answers <c>200</c> for <paramref name="path"/> but breaks its body until <see cref="Heal"/>: the connection is
    /// cut after half the announced <c>Content-Length</c>, or (<paramref name="corruptGzip"/>) the body is sent as
    /// <c>gzip</c> that does not decompress.
    /// </summary>
    public void BreakBody(string path, bool corruptGzip) => broken[path] = corruptGzip;

    /// <summary>
    /// Holds every request for <paramref name="path"/> unanswered until <see cref="Heal"/> (then answers it as usual) or
    /// until the client gives up: a publisher that accepts the connection and never answers.
    /// </summary>
    public void Stall(string path) => stalls.TryAdd(path, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    /// <summary>Serves <paramref name="path"/> normally again.</summary>
    public void Heal(string path)
    {
        faults.TryRemove(path, out _);
        broken.TryRemove(path, out _);
        if (stalls.TryRemove(path, out var stall))
        {
            stall.TrySetResult();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var stall in stalls.Values)
        {
            stall.TrySetResult();
        }

        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        await Hub.DisposeAsync();
        hubClient.Dispose();
    }

    private async Task PublishFromRequestAsync(string path, HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        Publish(path, await reader.ReadToEndAsync(context.RequestAborted), context.Request.ContentType);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private async Task ServeAsync(string? path, HttpContext context)
    {
        path ??= string.Empty;
        var request = context.Request;
        var status = await AnswerAsync(path, context);
        Log.Add(new FeedServerRequest(
            path, Header(request, "If-None-Match"), Header(request, "If-Modified-Since"), Header(request, "User-Agent"), Header(request, "Accept-Encoding"), status));
    }

    private async Task<int> AnswerAsync(string path, HttpContext context)
    {
        var response = context.Response;
        if (stalls.TryGetValue(path, out var stall))
        {
            try
            {
                await stall.Task.WaitAsync(context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up waiting: nothing was answered (499, as nginx logs a request the client closed).
                return 499;
            }
        }

        if (faults.TryGetValue(path, out var fault))
        {
            response.StatusCode = fault.Status;
            if (fault.RetryAfter is not null)
            {
                response.Headers.RetryAfter = fault.RetryAfter;
            }

            if (fault.Location is not null)
            {
                response.Headers.Location = fault.Location.ToString();
            }

            return fault.Status;
        }

        if (Find(path) is not { } feed)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return response.StatusCode;
        }

        response.Headers.ETag = feed.ETag;
        if (NamesHub)
        {
            response.Headers.Link = LinksOf(path);
        }

        response.Headers.LastModified = feed.LastModified.ToString("R");
        if (NotModified(context.Request, feed))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return response.StatusCode;
        }

        response.ContentType = feed.ContentType;
        if (broken.TryGetValue(path, out var corruptGzip))
        {
            await BreakAsync(context, feed, corruptGzip);
            return StatusCodes.Status200OK;
        }

        if (Header(context.Request, "Accept-Encoding")?.Contains("gzip", StringComparison.OrdinalIgnoreCase) == true)
        {
            response.Headers.ContentEncoding = "gzip";
            await using var gzip = new GZipStream(response.Body, CompressionLevel.Fastest, leaveOpen: true);
            await gzip.WriteAsync(feed.Body, context.RequestAborted);
        }
        else
        {
            await response.Body.WriteAsync(feed.Body, context.RequestAborted);
        }

        return StatusCodes.Status200OK;
    }

    private static async Task BreakAsync(HttpContext context, ServedFeed feed, bool corruptGzip)
    {
        var response = context.Response;
        if (corruptGzip)
        {
            // A gzip header, then a deflate block of the reserved type 3: no decoder reads past it.
            byte[] body = [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, .. Enumerable.Repeat((byte)0xff, 64)];
            response.Headers.ContentEncoding = "gzip";
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, context.RequestAborted);
            return;
        }

        response.ContentLength = feed.Body.Length;
        await response.Body.WriteAsync(feed.Body.AsMemory(0, feed.Body.Length / 2), context.RequestAborted);
        await response.Body.FlushAsync(context.RequestAborted);
        // A flush hands the bytes to the transport, not yet to the socket, and an abort drops what the transport holds:
        // give the headers and the half body time to leave, so the client sees the body end early, not a failed request.
        await Task.Delay(TimeSpan.FromSeconds(1), context.RequestAborted);
        context.Abort();
    }

    private ServedFeed? Find(string path)
    {
        if (published.TryGetValue(path, out var feed))
        {
            return feed;
        }

        if (root is null)
        {
            return null;
        }

        var file = Path.GetFullPath(Path.Combine(root, path));
        if (!file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
        {
            return null;
        }

        return ServedFeed.Of(File.ReadAllBytes(file), ServedFeed.ContentTypeFor(file), File.GetLastWriteTimeUtc(file));
    }

    // RFC 9110 §13.2.2: If-None-Match decides when present; If-Modified-Since only without it.
    private static bool NotModified(HttpRequest request, ServedFeed feed)
    {
        if (Header(request, "If-None-Match") is { } tags)
        {
            return tags.Split(',').Select(t => t.Trim()).Any(t => t == "*" || t == feed.ETag || t == $"W/{feed.ETag}");
        }

        return Header(request, "If-Modified-Since") is { } since
            && DateTimeOffset.TryParse(since, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date)
            && feed.LastModified <= date;
    }

    private static string? Header(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var values) && values.Count > 0 ? values.ToString() : null;

    private sealed class OwnedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
