namespace NewsAlerts.Cli.Feeds;

using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using NewsAlerts.Core.Feeds.WebSub;

/// <summary>
/// The local feed server's WebSub hub (W3C WebSub §5-§7): takes subscription requests at <c>POST /_hub</c>
/// (answers 202, then verifies the intent with a GET to the callback carrying a random challenge, and keeps the
/// subscription only when the callback echoes it; an unsubscribe request is verified the same way, and the subscription
/// removed only when the callback echoes that challenge), and pushes a feed's new body to each verified subscriber of its
/// topic when it is published, signed with <c>X-Hub-Signature: sha256=…</c> when the subscriber gave a secret.
/// </summary>
/// <param name="client">Reaches the subscribers' callbacks.</param>
public sealed class LocalWebSubHub(HttpClient client) : IAsyncDisposable
{
    private TaskCompletionSource answering = CompletedAnswering();

    private readonly ConcurrentDictionary<(string Topic, string Callback), HubSubscription> subscriptions = new();
    private readonly ConcurrentQueue<HubEvent> events = new();
    private readonly ConcurrentDictionary<Task, bool> running = new();

    /// <summary>The longest lease granted, in seconds (default 10 days); a request asking for less gets what it asked.</summary>
    public int MaxLeaseSeconds { get; set; } = 864_000;

    /// <summary>The verified subscriptions whose lease runs.</summary>
    public IReadOnlyList<HubSubscription> Subscriptions => [.. subscriptions.Values.Where(s => s.Expires > DateTimeOffset.UtcNow)];

    /// <summary>Everything the hub did, oldest first.</summary>
    public IReadOnlyList<HubEvent> Events => [.. events];

    /// <summary>
    /// When false, the hub takes requests and never answers them (until the caller gives up or this is set true again),
    /// as a hub that hangs does; a test's fault. Default true.
    /// </summary>
    public bool Answers
    {
        get => answering.Task.IsCompleted;
        set
        {
            if (value)
            {
                answering.TrySetResult();
            }
            else if (answering.Task.IsCompleted)
            {
                answering = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    /// <summary>Handles <c>POST /_hub</c>: 202 for a well-formed subscribe or unsubscribe request (verified next), 400 otherwise.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await answering.Task.WaitAsync(context.RequestAborted);
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
        var mode = form?["hub.mode"].ToString();
        var ok = Uri.TryCreate(form?["hub.callback"].ToString(), UriKind.Absolute, out var callback) && callback.Scheme is "http" or "https";
        ok &= Uri.TryCreate(form?["hub.topic"].ToString(), UriKind.Absolute, out var topic);
        ok &= mode is "subscribe" or "unsubscribe";
        var asked = int.TryParse(form?["hub.lease_seconds"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var lease) && lease > 0 ? lease : MaxLeaseSeconds;
        var secret = form?["hub.secret"].ToString() is { Length: > 0 and < 200 } s ? s : null;
        context.Response.StatusCode = ok ? StatusCodes.Status202Accepted : StatusCodes.Status400BadRequest;
        events.Enqueue(new HubEvent(mode ?? "?", topic, callback, context.Response.StatusCode, asked, DateTimeOffset.UtcNow));
        if (ok)
        {
            // Verified after the answer, as WebSub §5.3 allows: the subscriber has stored its pending request by then.
            Track(VerifyAsync(mode!, topic!, callback!, secret, Math.Min(asked, MaxLeaseSeconds)));
        }
    }

    /// <summary>Pushes <paramref name="feed"/> to every verified subscriber of <paramref name="topic"/>, in the background.</summary>
    public void Distribute(Uri topic, ServedFeed feed, string links)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(feed);
        foreach (var subscription in Subscriptions.Where(s => s.Topic.AbsoluteUri == topic.AbsoluteUri))
        {
            Track(PushAsync(subscription, feed, links));
        }
    }

    /// <summary>Waits for the verifications and pushes under way.</summary>
    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(running.Keys);
    }

    private async Task VerifyAsync(string mode, Uri topic, Uri callback, string? secret, int lease)
    {
        var challenge = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var query = $"hub.mode={mode}&hub.topic={Uri.EscapeDataString(topic.AbsoluteUri)}&hub.challenge={challenge}&hub.lease_seconds={lease.ToString(CultureInfo.InvariantCulture)}";
        var url = new Uri(callback.AbsoluteUri + (callback.Query.Length > 0 ? "&" : "?") + query);
        int status;
        var confirmed = false;
        try
        {
            using var response = await client.GetAsync(url);
            status = (int)response.StatusCode;
            confirmed = response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).Trim() == challenge;
        }
        catch (HttpRequestException)
        {
            status = 0;
        }

        var key = (topic.AbsoluteUri, callback.AbsoluteUri);
        if (confirmed && mode == "subscribe")
        {
            subscriptions[key] = new HubSubscription(topic, callback, secret, lease, DateTimeOffset.UtcNow.AddSeconds(lease));
        }
        else if (confirmed)
        {
            subscriptions.TryRemove(key, out _);
        }

        events.Enqueue(new HubEvent(!confirmed ? "unverified" : mode == "subscribe" ? "verified" : "unsubscribed", topic, callback, status, confirmed ? lease : 0, DateTimeOffset.UtcNow));
    }

    private async Task PushAsync(HubSubscription subscription, ServedFeed feed, string links)
    {
        using var content = new ByteArrayContent(feed.Body);
        content.Headers.TryAddWithoutValidation("Content-Type", feed.ContentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Callback) { Content = content };
        request.Headers.TryAddWithoutValidation("Link", links);
        if (subscription.Secret is { } secret)
        {
            request.Headers.TryAddWithoutValidation("X-Hub-Signature", WebSubSignature.Sign("sha256", feed.Body, secret));
        }

        int status;
        try
        {
            using var response = await client.SendAsync(request);
            status = (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            status = 0;
        }

        events.Enqueue(new HubEvent("push", subscription.Topic, subscription.Callback, status, 0, DateTimeOffset.UtcNow));
    }

    private void Track(Task task)
    {
        running[task] = true;
        _ = task.ContinueWith(t => running.TryRemove(t, out _), TaskScheduler.Default);
    }

    private static TaskCompletionSource CompletedAnswering()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult();
        return done;
    }
}
