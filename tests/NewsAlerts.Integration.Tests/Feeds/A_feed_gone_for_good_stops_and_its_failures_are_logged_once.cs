namespace NewsAlerts.Integration.Tests.Feeds;

using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsAlerts.Testing;

/// <summary>
/// Session 43 (trial LOW #11, as a kind), on the local feed server through the local host: a feed answering 404 backs
/// off and is logged once when it starts failing and once when it reads again; one answering 410 is gone: not polled
/// however much time passes, flagged with a notice, and polled again at once when an editor resumes it; its next poll is null then, never the year 9999 (session 44).
/// </summary>
[Collection("queues")]
public sealed class A_feed_gone_for_good_stops_and_its_failures_are_logged_once(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private readonly Lines lines = new();
    private FeedStand stand = null!;

    public async Task InitializeAsync() =>
        stand = await FeedStand.StartAsync(fixture.Stack, configure: services => services.AddSingleton<ILoggerProvider>(lines));

    public async Task DisposeAsync() => await stand.DisposeAsync();

    [Fact]
    public async Task Repeated_404s_back_off_and_log_one_failure_and_one_recovery_and_a_410_stops_polling_until_resumed()
    {
        var path = $"gone-{Guid.NewGuid():N}.xml";
        var feed = new RssFeed("Stand gone", [new RssItem($"urn:test:{path}:a", "Talks resume", "Delegations met.", $"https://example.com/{path}/a", stand.Time.GetUtcNow().AddMinutes(-1))]);
        stand.Server.Publish(path, feed.ToXml());
        var id = await stand.AddFeedAsync(path);
        await stand.PollAsync();

        stand.Server.Fail(path, 404);
        var nextPolls = new List<DateTimeOffset>();
        for (var i = 0; i < 5; i++)
        {
            await stand.PollWhenDueAsync(id);
            nextPolls.Add((await stand.GetAsync(id)).GetProperty("health").GetProperty("nextPoll").GetDateTimeOffset());
        }

        Assert.Equal(5, stand.RequestsFor(path).Count(r => r.Status == 404));
        var waits = nextPolls.Zip(nextPolls.Skip(1), (a, b) => b - a).ToList();
        Assert.True(waits.Zip(waits.Skip(1), (a, b) => b > a).All(longer => longer), string.Join(", ", waits));
        Assert.Single(lines.About(id), l => l.Contains("poll failed with status 404", StringComparison.Ordinal));

        stand.Server.Heal(path);
        await stand.PollWhenDueAsync(id);
        Assert.Single(lines.About(id), l => l.Contains("polled again after 5 failed polls", StringComparison.Ordinal));
        Assert.Equal(2, lines.About(id).Count);

        stand.Server.Fail(path, 410);
        await stand.PollWhenDueAsync(id);
        var gone = (await stand.GetAsync(id)).GetProperty("health");
        Assert.True(gone.GetProperty("flagged").GetBoolean());
        Assert.Equal(JsonValueKindString, gone.GetProperty("goneSince").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, gone.GetProperty("nextPoll").ValueKind);
        Assert.Equal("gone", gone.GetProperty("polling").GetString());
        Assert.StartsWith("not polled: gone (410) since ", gone.GetProperty("pollingText").GetString(), StringComparison.Ordinal);
        Assert.Contains("410 Gone", gone.GetProperty("notice").GetString(), StringComparison.Ordinal);
        Assert.Single(lines.About(id), l => l.Contains("answered 410 Gone", StringComparison.Ordinal));

        var requests = stand.RequestsFor(path).Count;
        stand.Time.Offset += TimeSpan.FromDays(3);
        await stand.PollAsync();
        Assert.Equal(requests, stand.RequestsFor(path).Count);

        stand.Server.Heal(path);
        using var resumed = await stand.SendAsync(HttpMethod.Patch, id, new { paused = false });
        Assert.True(resumed.IsSuccessStatusCode);
        await stand.PollAsync();
        var back = (await stand.GetAsync(id)).GetProperty("health");
        Assert.Equal(requests + 1, stand.RequestsFor(path).Count);
        Assert.Equal(0, back.GetProperty("consecutiveFailures").GetInt32());
        Assert.False(back.GetProperty("flagged").GetBoolean());
        Assert.Equal(JsonValueKindNull, back.GetProperty("goneSince").ValueKind);
        Assert.Equal(4, lines.About(id).Count);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindString = System.Text.Json.JsonValueKind.String;
    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    // The host's log lines of PollFeedsFunction, as written.
    private sealed class Lines : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> all = new();

        public List<string> About(string feedId) => [.. all.Where(l => l.Contains($"Feed {feedId} ", StringComparison.Ordinal))];

        public ILogger CreateLogger(string categoryName) => new Writer(categoryName.EndsWith("PollFeedsFunction", StringComparison.Ordinal) ? all : null);

        public void Dispose()
        {
        }

        private sealed class Writer(ConcurrentQueue<string>? lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => lines is not null;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines?.Enqueue(formatter(state, exception));
        }
    }
}
