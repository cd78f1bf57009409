namespace NewsAlerts.Cli.Tests.Dev;

using System.Text;
using NewsAlerts.Channels.Feeds;
using NewsAlerts.Cli.Dev;
using NewsAlerts.Core.Feeds;

/// <summary>
/// Trial r38 #3: a second <c>dev</c> on the same data published the demo item with the words of the first run's, so the
/// feed's history (which knows an item by id, link or content hash) took it for one seen before and alerted nobody,
/// while the demo said "see the alerts". Two runs' items are read here as the poller reads them, one after the other.
/// </summary>
public sealed class Each_dev_run_publishes_a_feed_item_the_feed_never_had
{
    private static readonly Uri Url = new("http://127.0.0.1:5095/demo/newsroom.xml");
    private static readonly FeedDefaults Defaults = new("feed1", Url, "Demo Newsroom", "en", 2, new Dictionary<string, string>());

    [Fact]
    public void The_second_runs_item_is_new_to_a_feed_that_read_the_first_runs()
    {
        var first = new DateTimeOffset(2026, 12, 2, 14, 20, 0, TimeSpan.Zero);
        var second = first.AddHours(2).AddMinutes(41);

        var primed = FeedItemHistory.Decide(firstPoll: true, [], Read(FeedDemo.Newsroom(includeNews: false, first.AddMinutes(-1)), first));
        var run1 = FeedItemHistory.Decide(firstPoll: false, primed.Seen, Read(FeedDemo.Newsroom(includeNews: true, first), first));
        var run2 = FeedItemHistory.Decide(firstPoll: false, run1.Seen, Read(FeedDemo.Newsroom(includeNews: true, second), second));

        Assert.Equal(FeedItemOutcome.New, Assert.Single(run1.Decisions, d => d.Article.Id == FeedDemo.NewsItemId(first)).Outcome);
        // The first run's item is gone from the feed; the second's is new by id, link and words, so it alerts.
        var news = Assert.Single(run2.Decisions, d => d.Article.Headline == FeedDemo.NewsHeadline);
        Assert.Equal((FeedItemOutcome.New, FeedDemo.NewsItemId(second)), (news.Outcome, news.Article.Id));
    }

    [Fact]
    public void The_demo_says_see_the_alerts_only_when_the_item_alerted_someone()
    {
        var health = new Uri("http://127.0.0.1:7071/api/feeds/f1");

        Assert.Contains("see the alerts", FeedDemoReport.Line("urn:demo:1", ingested: true, 2, 1, health), StringComparison.Ordinal);
        Assert.Contains("alerted 3 subscribers (2 by email, 1 by SMS)", FeedDemoReport.Line("urn:demo:1", ingested: true, 2, 1, health), StringComparison.Ordinal);
        foreach (var line in new[]
        {
            FeedDemoReport.Line("urn:demo:1", ingested: true, 0, 0, health),
            FeedDemoReport.Line("urn:demo:1", ingested: false, 0, 0, health),
            FeedDemoReport.NotRead("urn:demo:1", TimeSpan.FromMinutes(3), health),
        })
        {
            Assert.DoesNotContain("see the alerts", line, StringComparison.Ordinal);
            Assert.Contains("nobody", line.Replace("nothing was alerted", "nobody", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_item_not_ingested_is_said_neutrally_with_where_the_health_says_why()
    {
        // Review of r38 #3: "the feed's history took it for an item seen before" was said whatever kept it out.
        var line = FeedDemoReport.Line("urn:demo:1", ingested: false, 0, 0, new Uri("http://127.0.0.1:7071/api/feeds/f1"));

        Assert.DoesNotContain("seen before", line, StringComparison.Ordinal);
        Assert.Contains("was not ingested", line, StringComparison.Ordinal);
        Assert.Contains("failedItems, lastError", line, StringComparison.Ordinal);
        Assert.EndsWith("http://127.0.0.1:7071/api/feeds/f1", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_poll_that_began_after_the_publish_counts_as_the_one_that_read_the_item()
    {
        // Review of r38 #3: a poll that fetched before the publish and ended after it (its ingestion waiting for a group
        // commit) was taken for the one that read the item. Polls of a feed never overlap: the second end after the
        // publish is of a poll that began after it.
        var t = new DateTimeOffset(2026, 12, 2, 18, 0, 0, TimeSpan.Zero);
        var polls = new PollsAfterPublish(PollsAfterPublish.EndOf(t, null));

        Assert.False(polls.Saw(PollsAfterPublish.EndOf(t, null)));
        Assert.False(polls.Saw(PollsAfterPublish.EndOf(t.AddSeconds(5), null))); // began before the publish, maybe
        Assert.False(polls.Saw(PollsAfterPublish.EndOf(t.AddSeconds(5), null)));
        Assert.True(polls.Saw(PollsAfterPublish.EndOf(t.AddSeconds(5), t.AddSeconds(70)))); // a failed poll ends too
    }

    private static List<NewsAlerts.Core.Articles.Article> Read(string rss, DateTimeOffset at)
    {
        var document = FeedParser.Parse(Encoding.UTF8.GetBytes(rss), "utf-8", Url);
        return [.. document.Items.Select(i => FeedArticles.ToArticle(i, document, Defaults, at).Value!)];
    }
}
