namespace NewsAlerts.Integration.Tests.Feeds;

using NewsAlerts.Cli.Dev;
using NewsAlerts.Testing;

/// <summary>
/// Trial r38 #3: <c>dev</c>'s feed demo, run a second time on the same data, published an item with the words of the
/// first run's; the feed's history took it for an item seen before, nobody was alerted, and the demo still said "see
/// the alerts". Here <see cref="FeedDemo"/> runs twice against one host's data and the stack's feed server (with its
/// hub), the test running <c>PollFeeds</c> as the timer would: each run's item alerts the subscriber, and says so.
/// The newsroom's path is the host's own (<see cref="FeedDemo.NewsroomPathOf"/>), as dev's is its data folder's: in the
/// whole project's run other hosts on the shared feed server made the test fail when every demo published at one path.
/// </summary>
[Collection("queues")]
public sealed class Two_dev_feed_demos_on_the_same_data_both_alert(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private FeedStand stand = null!;

    public async Task InitializeAsync()
    {
        stand = await FeedStand.StartAsync(fixture.Stack);
        await stand.FollowAsync($"demo-{Guid.NewGuid():N}", "feed-demo@example.com", "ceasefire");
    }

    public async Task DisposeAsync() => await stand.DisposeAsync();

    [Fact]
    public async Task Each_runs_new_item_is_ingested_and_alerts_the_subscriber()
    {
        var lines = new List<string>();
        for (var run = 1; run <= 2; run++)
        {
            using var log = new StringWriter();
            var said = TextWriter.Synchronized(log);
            var demo = new FeedDemo(
                stand.Host.Client.BaseAddress!, TestFunctionHost.DefaultKey, fixture.Stack.FeedServer, said, stand.Host.Services, FeedDemo.NewsroomPathOf(stand.Host.TablePrefix));
            var feedId = (await demo.RegisterAsync(CancellationToken.None))[demo.NewsroomUrl.AbsoluteUri];
            var news = demo.PublishNewsWhenPrimedAsync(feedId, CancellationToken.None);

            // As the poll timer would: the feed is polled whenever due until the demo has said what its item did.
            await Eventually.TrueAsync(
                async () =>
                {
                    if (!news.IsCompleted)
                    {
                        await stand.PollWhenDueAsync(feedId);
                    }

                    return news.IsCompleted;
                },
                $"run {run}'s feed demo to finish", TimeSpan.FromMinutes(4));
            await news;
            lines.Add(log.ToString());
        }

        Assert.All(lines, said => Assert.True(said.Contains("was ingested and alerted 1 subscriber (1 by email, 0 by SMS); see the alerts", StringComparison.Ordinal), said));
    }
}
