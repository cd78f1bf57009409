namespace NewsAlerts.Cli.Tests.Dev;

using NewsAlerts.Cli.Dev;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Feeds.WebSub;

/// <summary>
/// A feed a killed <c>dev</c> run subscribed at the local hub has its pushes sent to that run's dead port while the
/// stored subscription reads "active" (<see cref="DeadRunCallbacks"/>): only such a subscription is reset.
/// </summary>
public sealed class A_websub_callback_of_a_dead_run_is_reset
{
    private static readonly DevHost Live = new(4100, new ProcessStart(1, DateTimeOffset.UnixEpoch, "dotnet"), new Uri("http://127.0.0.1:7071/"));

    [Fact]
    public void A_loopback_callback_of_no_live_run_that_refuses_connections_is_a_dead_runs()
    {
        Assert.True(DeadRunCallbacks.IsDeadRuns(Subscription("http://127.0.0.1:7074/api/websub/f1?state=s"), [Live], callbackAnswers: false));
    }

    [Fact]
    public void A_live_runs_callback_stays_even_while_it_does_not_answer()
    {
        Assert.False(DeadRunCallbacks.IsDeadRuns(Subscription("http://127.0.0.1:7071/api/websub/f1?state=s"), [Live], callbackAnswers: false));
    }

    [Fact]
    public void A_callback_that_answers_or_is_not_loopback_stays()
    {
        Assert.False(DeadRunCallbacks.IsDeadRuns(Subscription("http://127.0.0.1:7074/api/websub/f1?state=s"), [Live], callbackAnswers: true));
        Assert.False(DeadRunCallbacks.IsDeadRuns(Subscription("https://alerts.example.org/api/websub/f1?state=s"), [Live], callbackAnswers: false));
    }

    [Fact]
    public void The_line_names_the_feed_and_the_callback_without_its_state()
    {
        var line = DeadRunCallbacks.Line("f1", new Uri("http://127.0.0.1:7074/api/websub/f1?state=secret-state"));

        Assert.StartsWith("feed f1: its WebSub callback http://127.0.0.1:7074/api/websub/f1 refuses connections", line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-state", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Exactly_one_live_run_acts_for_all()
    {
        IReadOnlyList<DevHost> live = [Live with { Pid = 4300 }, Live, Live with { Pid = 4200 }];

        Assert.Equal([4100], live.Select(h => h.Pid).Where(pid => DevHosts.ActsForAll(live, pid)));
        Assert.False(DevHosts.ActsForAll(live, 4000));
        Assert.False(DevHosts.ActsForAll([], 4100));
    }

    private static WebSubSubscription Subscription(string callback) => new(
        "f1", new Uri("http://127.0.0.1:7090/hub"), new Uri("http://127.0.0.1:7090/feeds/a.xml"), new Uri(callback), "secret",
        DateTimeOffset.UnixEpoch, false, DateTimeOffset.UnixEpoch.AddDays(1), 86400, null);
}
