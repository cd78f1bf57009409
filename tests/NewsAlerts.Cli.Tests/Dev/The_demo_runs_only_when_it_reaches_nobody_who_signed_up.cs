namespace NewsAlerts.Cli.Tests.Dev;

using NewsAlerts.Cli.Dev;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Matching.Index;

/// <summary>
/// Trial s44 #4: every <c>dev</c> start published the demo's breaking story and the demo newsroom's item again, so each
/// person who had signed up on the local pages got two more BREAKING texts and emails per start. The demo runs while
/// only the demo's own subscribers would receive it; otherwise it is skipped in one line naming how many people it would
/// reach, unless <c>--demo</c> asks for it.
/// </summary>
public sealed class The_demo_runs_only_when_it_reaches_nobody_who_signed_up
{
    private static readonly ArticleDocument Sample = new("urn:sample", "Kerry sees hope of extending Syrian truce to Aleppo", "Despite several days of deadly attacks in Syria.", Language: "en");
    private static readonly ArticleDocument FeedItem = new("urn:demo:newsroom:1", "Ceasefire in Syria holds for a second night", "Ceasefire in Syria holds for a second night", Language: "en");

    [Fact]
    public void A_person_who_follows_the_demos_topic_is_reached_and_the_demos_own_subscribers_are_not()
    {
        Subscriber[] subscribers =
        [
            Person("ann", "ann@example.com", null, "Syria"),
            Person("demo-email", "syria-1a2b@demo.newsalerts.local", null, "Syria"),
            Person("demo-sms", null, "+447400123456", "ceasefire"),
            Person("bob", "bob@example.com", null, "football"),
        ];

        var reached = DemoAudience.RealReached(subscribers, new HashSet<string> { "demo-sms" }, [Sample, FeedItem]);

        Assert.Equal(["ann"], reached);
    }

    [Fact]
    public void A_person_reached_by_the_feed_item_alone_counts_once()
    {
        Subscriber[] subscribers = [Person("cat", null, "+447700900222", "ceasefire")];

        Assert.Equal(["cat"], DemoAudience.RealReached(subscribers, new HashSet<string>(), [Sample, FeedItem]));
    }

    [Fact]
    public void An_older_demos_texter_not_recorded_is_the_demos_and_a_person_like_it_is_not()
    {
        // Review s44: demos before ids were recorded signed up a texts-only "ceasefire" subscriber on a +447400 number;
        // on such a data folder every start said "demo skipped" for them.
        Subscriber[] subscribers =
        [
            Person("old-demo-sms", null, "+447400654321", "ceasefire"),
            Person("with-email", "fay@example.com", "+447400654322", "ceasefire"),
            Person("other-number", null, "+447700900123", "ceasefire"),
            Person("other-topic", null, "+447400654323", "Syria"),
        ];

        var reached = DemoAudience.RealReached(subscribers, new HashSet<string>(), [Sample, FeedItem]);

        Assert.Equal(["other-number", "other-topic", "with-email"], reached);
    }

    [Fact]
    public void A_person_who_cannot_be_sent_anything_is_not_counted()
    {
        var unconfirmed = Person("dan", "dan@example.com", null, "Syria") with { EmailStatus = ContactStatus.Pending };
        var stopped = Person("eve", null, "+447400111333", "Syria") with { SmsStatus = ContactStatus.OptedOut };

        Assert.Empty(DemoAudience.RealReached([unconfirmed, stopped], new HashSet<string>(), [Sample, FeedItem]));
    }

    [Fact]
    public void Nobody_reached_runs_the_demo_without_a_word()
    {
        Assert.Equal(new DemoDecision(true, null), DemoAudience.Decide(0, forced: false));
        Assert.Equal(new DemoDecision(true, null), DemoAudience.Decide(0, forced: true));
    }

    [Fact]
    public void People_reached_skip_the_demo_in_one_line_that_says_how_to_run_it_anyway()
    {
        var decision = DemoAudience.Decide(2, forced: false);

        Assert.False(decision.Runs);
        Assert.StartsWith("demo skipped: 2 subscribers here", decision.Line, StringComparison.Ordinal);
        Assert.Contains("--demo", decision.Line, StringComparison.Ordinal);
        Assert.StartsWith("demo skipped: 1 subscriber here", DemoAudience.Decide(1, forced: false).Line, StringComparison.Ordinal);
    }

    [Fact]
    public void Asked_for_with_demo_it_runs_and_says_whom_else_it_reaches()
    {
        var decision = DemoAudience.Decide(3, forced: true);

        Assert.True(decision.Runs);
        Assert.Contains("3 subscribers", decision.Line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_demos_subscribers_are_recorded_in_the_data_folder_and_read_back()
    {
        var folder = Directory.CreateTempSubdirectory("demo-subscribers").FullName;
        try
        {
            Assert.Empty(DemoSubscribers.Load(folder));
            DemoSubscribers.Record(folder, ["s1"]);
            DemoSubscribers.Record(folder, ["s2", "s3"]);

            Assert.Equal(["s1", "s2", "s3"], DemoSubscribers.Load(folder).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Subscriber Person(string id, string? email, string? phone, string topic) => new(
        id, email, email is null ? ContactStatus.None : ContactStatus.Confirmed, phone, phone is null ? ContactStatus.None : ContactStatus.Confirmed,
        "Europe/London", [new Topic("t1", topic, Exact: false)], 1, DateTimeOffset.UnixEpoch);
}
