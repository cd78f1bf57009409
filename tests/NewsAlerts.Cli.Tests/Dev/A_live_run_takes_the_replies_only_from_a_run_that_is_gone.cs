namespace NewsAlerts.Cli.Tests.Dev;

using NewsAlerts.Cli.Dev;
using NewsAlerts.Cli.Stack;

/// <summary>
/// Trial s45 #10: the run holding the SMS sink's replies was killed, and every STOP went to its dead port. Which live run
/// takes them back, and when none does (<see cref="ReplyWebhookTakeover"/>).
/// </summary>
public sealed class A_live_run_takes_the_replies_only_from_a_run_that_is_gone
{
    private const int First = 4100;
    private const int Second = 4200;
    private static readonly Uri FirstHost = new("http://127.0.0.1:7071/");
    private static readonly Uri SecondHost = new("http://127.0.0.1:7074/");
    private static readonly Uri SecondWebhook = new("http://127.0.0.1:7074/api/twilio/inbound");

    [Fact]
    public void A_webhook_of_a_dead_run_that_refuses_connections_is_taken_by_the_live_run()
    {
        Assert.True(ReplyWebhookTakeover.Takes(SecondWebhook, webhookAnswers: false, [Host(First, FirstHost)], First));
    }

    [Fact]
    public void A_webhook_of_a_live_run_stays_with_it_even_while_it_does_not_answer()
    {
        // A run still starting (or busy) is not gone: it hands the replies back itself when it stops.
        Assert.False(ReplyWebhookTakeover.Takes(SecondWebhook, webhookAnswers: false, [Host(First, FirstHost), Host(Second, SecondHost)], First));
        Assert.True(ReplyWebhookTakeover.HeldByLiveRun(new Uri("HTTP://127.0.0.1:7074/api/twilio/inbound"), [Host(Second, SecondHost)]));
    }

    [Fact]
    public void A_webhook_set_by_hand_to_an_app_that_answers_is_left_alone()
    {
        Assert.False(ReplyWebhookTakeover.Takes(new Uri("http://127.0.0.1:9000/hook"), webhookAnswers: true, [Host(First, FirstHost)], First));
    }

    [Fact]
    public void Of_several_live_runs_only_the_lowest_pid_takes_them()
    {
        IReadOnlyList<DevHost> live = [Host(Second, SecondHost), Host(First, FirstHost)];

        Assert.True(ReplyWebhookTakeover.Takes(new Uri("http://127.0.0.1:7079/api/twilio/inbound"), false, live, First));
        Assert.False(ReplyWebhookTakeover.Takes(new Uri("http://127.0.0.1:7079/api/twilio/inbound"), false, live, Second));
    }

    [Fact]
    public void Replies_that_go_nowhere_are_taken_and_a_run_not_recorded_takes_nothing()
    {
        Assert.True(ReplyWebhookTakeover.Takes(null, false, [Host(First, FirstHost)], First));
        Assert.False(ReplyWebhookTakeover.Takes(SecondWebhook, false, [], First));
        Assert.False(ReplyWebhookTakeover.Takes(SecondWebhook, false, [Host(Second + 1, new Uri("http://127.0.0.1:7080/"))], First));
    }

    [Fact]
    public void The_line_names_where_replies_went_and_where_they_go_now()
    {
        var line = ReplyWebhookTakeover.Line(SecondWebhook, new Uri(FirstHost, "api/twilio/inbound"));

        Assert.Contains("http://127.0.0.1:7074/api/twilio/inbound, which refuses connections", line, StringComparison.Ordinal);
        Assert.Contains("(http://127.0.0.1:7071/api/twilio/inbound)", line, StringComparison.Ordinal);
        Assert.Contains("went nowhere", ReplyWebhookTakeover.Line(null, FirstHost), StringComparison.Ordinal);
    }

    private static DevHost Host(int pid, Uri url) => new(pid, new ProcessStart(1, DateTimeOffset.UnixEpoch, "dotnet"), url);
}
