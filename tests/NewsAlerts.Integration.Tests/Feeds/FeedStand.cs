namespace NewsAlerts.Integration.Tests.Feeds;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using global::Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Feeds;
using NewsAlerts.Cli.LocalHost;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// The local feed server and a Function host that may poll it (loopback allowed), on a clock the test moves forward
/// instead of waiting. The host's own timers are off: the test runs <c>PollFeeds</c> itself, so no scheduled run
/// can poll a feed between the test's steps.
/// </summary>
internal sealed partial class FeedStand : IAsyncDisposable
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> registrationRequests = new(StringComparer.Ordinal);
    private readonly string serviceBusConnectionString;
    private ServiceBusClient? serviceBus;

    private FeedStand(LocalFeedServer server, TestFunctionHost host, ShiftedClock time, string serviceBusConnectionString)
    {
        this.serviceBusConnectionString = serviceBusConnectionString;
        Server = server;
        Host = host;
        Time = time;
    }

    public LocalFeedServer Server { get; }

    public TestFunctionHost Host { get; }

    public ShiftedClock Time { get; }

    /// <summary>Starts the stand; the feed server names its WebSub hub only when <paramref name="webSub"/> (plain polling tests stay push-free).</summary>
    /// <param name="stack">The shared stack.</param>
    /// <param name="webSub">Whether served feeds name the WebSub hub.</param>
    /// <param name="settings">More host settings (e.g. <c>Feeds:RegistrationTimeoutSeconds</c>).</param>
    /// <param name="configure">More service changes (e.g. a failing decorator over the real article store).</param>
    public static async Task<FeedStand> StartAsync(
        RunningStack stack, bool webSub = false, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var overrides = new Dictionary<string, string?> { ["Feeds:AllowLoopback"] = "true" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var time = new ShiftedClock();
        var server = await LocalFeedServer.StartAsync(root: null, port: 0, CancellationToken.None);
        server.NamesHub = webSub;
        var host = await TestFunctionHost.StartAsync(
            stack,
            configureServices: services =>
            {
                services.AddSingleton<TimeProvider>(time);
                services.Remove(services.Single(d => d.ImplementationType == typeof(TimerFunctionScheduler)));
                configure?.Invoke(services);
            },
            overrides: overrides);
        return new FeedStand(server, host, time, stack.ServiceBusConnectionString);
    }

    /// <summary>
    /// Saves a subscriber (<paramref name="subscriberId"/>, confirmed <paramref name="email"/>, Europe/London) following
    /// <paramref name="topic"/> and loads it into the host's matcher, so an item about the topic alerts by email.
    /// </summary>
    public async Task FollowAsync(string subscriberId, string email, string topic)
    {
        var subscriber = new Subscriber(
            subscriberId, email, ContactStatus.Confirmed, null, ContactStatus.None, "Europe/London",
            [new Topic("t0", topic, false)], Subscriber.DefaultSmsMaxUrgency, DateTimeOffset.UtcNow);
        await Host.Services.GetRequiredService<ISubscriberStore>().SaveAsync(subscriber, CancellationToken.None);
        await Host.Services.GetRequiredService<SubscriberSync>().RefreshAsync(CancellationToken.None);
    }

    /// <summary>
    /// Takes the email alert batches queued for <paramref name="articleIds"/> since the last drain off the stack's
    /// <c>email-alerts</c> queue (others' batches are taken too and dropped), as their JSON bodies. Polls and pushes
    /// queue their batches before their call answers, so what is not here was not queued.
    /// </summary>
    public async Task<List<JsonElement>> DrainEmailAlertsAsync(IReadOnlyCollection<string> articleIds)
    {
        serviceBus ??= new ServiceBusClient(serviceBusConnectionString);
        await using var receiver = serviceBus.CreateReceiver("email-alerts", new ServiceBusReceiverOptions { ReceiveMode = ServiceBusReceiveMode.ReceiveAndDelete });
        var found = new List<JsonElement>();
        while (await receiver.ReceiveMessagesAsync(100, TimeSpan.FromMilliseconds(500)) is { Count: > 0 } messages)
        {
            found.AddRange(messages
                .Where(m => articleIds.Contains((string)m.ApplicationProperties["articleId"]))
                .Select(m => JsonDocument.Parse(m.Body).RootElement.Clone()));
        }

        return found;
    }

    /// <summary>Posts <paramref name="body"/> to <c>/api/feeds</c> with the editor key and answers the response.</summary>
    public async Task<HttpResponseMessage> AddAsync(object body) => await Api.PostJsonAsync(Host.Client, "api/feeds", body, TestFunctionHost.DefaultKey);

    /// <summary>
    /// Registers a feed served at <paramref name="path"/> and returns its id. The registration fetches the feed once to
    /// check it is one; <see cref="RequestsFor"/> leaves that fetch out, so tests count the poller's requests.
    /// </summary>
    public async Task<string> AddFeedAsync(string path)
    {
        using var response = await AddAsync(new { url = Server.UrlOf(path).AbsoluteUri, source = "Stand News" });
        var body = await Api.BodyAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        registrationRequests[path] = Server.Requests.Count(r => r.Path == path);
        return body.GetProperty("id").GetString()!;
    }

    /// <summary>The feed as <c>GET /api/feeds/{id}</c> answers it.</summary>
    public async Task<JsonElement> GetAsync(string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/feeds/{id}");
        request.Headers.Add("x-functions-key", TestFunctionHost.DefaultKey);
        using var response = await Host.Client.SendAsync(request);
        var body = await Api.BodyAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body;
    }

    /// <summary>Sends <paramref name="method"/> to <c>/api/feeds/{id}</c> with the editor key.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string id, object? body = null)
    {
        using var request = new HttpRequestMessage(method, $"api/feeds/{id}") { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("x-functions-key", TestFunctionHost.DefaultKey);
        return await Host.Client.SendAsync(request);
    }

    /// <summary>Runs <c>PollFeeds</c> once, as its timer would, and waits for it to finish.</summary>
    public Task PollAsync() => Host.RunFunctionAsync("PollFeeds");

    /// <summary>Moves the clock to the feed's next poll and polls.</summary>
    public async Task PollWhenDueAsync(string id)
    {
        // A feed not polled (paused, gone) has no next poll: polled as the clock stands.
        var nextPoll = (await GetAsync(id)).GetProperty("health").GetProperty("nextPoll");
        if (nextPoll.ValueKind == System.Text.Json.JsonValueKind.String && nextPoll.GetDateTimeOffset() is var next && next > Time.GetUtcNow())
        {
            Time.Offset += next - Time.GetUtcNow() + TimeSpan.FromSeconds(1);
        }

        await PollAsync();
    }

    /// <summary>The requests the feed server answered for <paramref name="path"/> after <see cref="AddFeedAsync"/> registered it.</summary>
    public IReadOnlyList<FeedServerRequest> RequestsFor(string path) =>
        [.. Server.Requests.Where(r => r.Path == path).Skip(registrationRequests.GetValueOrDefault(path))];

    public async ValueTask DisposeAsync()
    {
        if (serviceBus is not null)
        {
            await serviceBus.DisposeAsync();
        }

        await Host.DisposeAsync();
        await Server.DisposeAsync();
    }
}
