namespace NewsAlerts.Integration.Tests.Feeds;

using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Testing;

/// <summary>The stand's WebSub side: the stored subscriptions, a feed subscribed at the local hub, and pushes to our callback.</summary>
internal sealed partial class FeedStand
{
    /// <summary>The host's WebSub subscriptions (the lease, secret and state our side keeps per feed).</summary>
    public IWebSubStore WebSubSubscriptions => Host.Services.GetRequiredService<IWebSubStore>();

    /// <summary>
    /// Serves <paramref name="feed"/> at <paramref name="path"/> (naming the hub when the stand was started with WebSub),
    /// registers and polls it, and returns its id once the hub verified the subscription (<see cref="WaitUntilHubVerifiedAsync"/>).
    /// </summary>
    public async Task<string> SubscribeAsync(string path, RssFeed feed)
    {
        Server.Publish(path, feed.ToXml());
        var id = await AddFeedAsync(path);
        await PollAsync();
        await WaitUntilHubVerifiedAsync(id, path);
        return id;
    }

    /// <summary>
    /// Waits until feed <paramref name="id"/>'s subscription is active on our side and recorded at the hub: our side stores
    /// the lease before it answers the hub's challenge, the hub records the subscription after the answer.
    /// </summary>
    public Task WaitUntilHubVerifiedAsync(string id, string path) =>
        Eventually.TrueAsync(
            async () => (await WebSubSubscriptions.GetAsync(id, CancellationToken.None))?.IsActive(Time.GetUtcNow()) == true
                && Server.Hub.Subscriptions.Any(s => s.Topic == Server.UrlOf(path)),
            "the hub verified the subscription");

    /// <summary>
    /// Pushes <paramref name="body"/> to feed <paramref name="id"/>'s callback (<c>POST /api/websub/{id}</c>) as the hub
    /// would, with <c>X-Hub-Signature</c> when <paramref name="signature"/> is given, through <paramref name="client"/>
    /// (another host's, e.g. a fresh instance) or this stand's host.
    /// </summary>
    public async Task<HttpResponseMessage> PushAsync(string id, byte[] body, string? signature, string contentType = "application/rss+xml", HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/websub/{id}") { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Hub-Signature", signature);
        }

        return await (client ?? Host.Client).SendAsync(request);
    }
}
