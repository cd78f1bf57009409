namespace NewsAlerts.Cli.Tests.Dev;

using System.Text.Json;
using NewsAlerts.Cli.Commands;
using NewsAlerts.Cli.Dev;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Stories;
using NewsAlerts.Testing;

/// <summary>
/// Trial s40 #5: a second <c>dev</c> on the same data said "1 email(s) and 1 SMS" when its alert went to 2 emails and
/// 4 texts (it counted only this run's demo subscribers), and its list of 10 explanations dropped the demo's own SMS
/// subscriber without saying the list was cut. The counts are of this run's story in the sinks; the demo's own
/// subscribers are always listed, and a cut list says how many more. With one story, one alert (session 45), the earlier
/// runs' subscribers already had the sample story, so the second run's alert is held back for them: the demo waits for
/// what is sent and counts the held back apart.
/// </summary>
/// <remarks>
/// Its <c>dev</c> runs consume the shared stack's alert queues, so it is in the "queues" collection with every other
/// test that does (<see cref="SharedQueues"/>).
/// </remarks>
[Collection(SharedQueues.Collection)]
public sealed class A_second_demo_counts_and_lists_what_its_own_alert_did(StackFixture fixture) : IClassFixture<StackFixture>
{
    [Fact]
    public async Task The_second_run_counts_every_alert_of_its_story_and_those_held_back_as_already_had()
    {
        var first = await RunOnceAsync();
        var second = await RunOnceAsync();

        var demo = second.Output.GetProperty("demo");
        var reach = demo.GetProperty("ingest").GetProperty("reach");
        // The first run's immediate subscribers (Syria by email, ceasefire by text) follow the same topics, so the
        // second run's alert is planned for them too.
        Assert.True(reach.GetProperty("emailAlerts").GetInt32() >= 2, reach.ToString());
        Assert.True(reach.GetProperty("smsAlerts").GetInt32() >= 2, reach.ToString());
        // One story, one alert: the sample story is the same each run, so they already had it from the first run (at
        // most 5 demos run on this storage, within the copies read per alert, StoryCopies.MaxCopiesRead) and are sent
        // nothing; the counts are what went, and the held back are counted apart (before: the wait was for every
        // planned alert and ran to its deadline).
        Assert.True(demo.GetProperty("emailsAlreadyHad").GetInt32() >= 1, demo.ToString());
        Assert.True(demo.GetProperty("smsAlreadyHad").GetInt32() >= 1, demo.ToString());
        Assert.Equal(reach.GetProperty("emailAlerts").GetInt32() - demo.GetProperty("emailsAlreadyHad").GetInt32(), demo.GetProperty("emailsDelivered").GetInt32());
        Assert.Equal(reach.GetProperty("smsAlerts").GetInt32() - demo.GetProperty("smsAlreadyHad").GetInt32(), demo.GetProperty("smsDelivered").GetInt32());
        // This run's own subscribers are new: each gets the story.
        Assert.True(demo.GetProperty("emailsDelivered").GetInt32() >= 1 && demo.GetProperty("smsDelivered").GetInt32() >= 1, demo.ToString());
        Assert.NotEqual(first.Output.GetProperty("demo").GetProperty("articleId").GetString(), demo.GetProperty("articleId").GetString());
    }

    [Fact]
    public void The_wait_is_for_what_the_dispatcher_sends_and_never_ends_before_it()
    {
        // 3 emails planned, 2 of them to readers who had an earlier copy: 1 to wait for once both are recorded.
        Assert.Equal(3, DemoDeliveries.Expected(planned: 3, ownDemo: 1, alreadyHad: 0));
        Assert.Equal(2, DemoDeliveries.Expected(planned: 3, ownDemo: 1, alreadyHad: 1));
        Assert.Equal(1, DemoDeliveries.Expected(planned: 3, ownDemo: 1, alreadyHad: 2));
        // Never fewer than the demo's own subscribers (new each run: none of them had the story).
        Assert.Equal(2, DemoDeliveries.Expected(planned: 3, ownDemo: 2, alreadyHad: 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoDeliveries.Expected(-1, 0, 0));
    }

    [Fact]
    public void Only_rows_held_back_as_the_same_story_count_as_already_had()
    {
        var copy = new StoryCopy("urn:a", "Kerry sees hope", DateTimeOffset.UnixEpoch, ["link:0"]);
        LedgerEntry[] rows =
        [
            new("s1", Channel.Email, LedgerState.Skipped, StoryCopies.SentReason(copy, DateTimeOffset.UnixEpoch), null),
            new("s2", Channel.Email, LedgerState.Skipped, StoryCopies.QueuedReason(copy), null),
            new("s3", Channel.Email, LedgerState.Skipped, "subscriber gone", null),
            new("s4", Channel.Email, LedgerState.Sent, null, null),
            new("s5", Channel.Email, LedgerState.Failed, StoryCopies.DigestReason(copy), null),
        ];

        Assert.Equal(2, DemoDeliveries.AlreadyHad(rows));
    }

    [Fact]
    public void The_summary_says_how_many_already_had_the_story_only_when_some_did()
    {
        Assert.Equal("delivered 1 email(s) and 1 SMS", DemoDeliveries.Line(1, 1, 0, 0));
        Assert.Equal(
            "delivered 1 email(s) and 1 SMS; not sent to 3 who already had this story from an earlier run (2 email(s), 1 SMS; one story, one alert)",
            DemoDeliveries.Line(1, 1, 2, 1));
    }

    [Fact]
    public void A_demo_subscriber_left_out_of_the_samples_is_listed_and_the_rest_are_counted()
    {
        DemoSubscriber[] demo = [new("Syria", "email", "syria@demo", "s1"), new("ceasefire", "sms", "+447400000001", "s2"), new("football", "email", "football@demo", "s3")];
        var samples = JsonSerializer.SerializeToElement(Enumerable.Range(0, 10)
            .Select(i => new { subscriberId = i == 0 ? "s1" : $"other{i}", topic = "Syria", reason = "\"syria\" via \"Syrian\"" }));

        var lines = DemoExplanations.Lines(samples, matched: 14, demo, ["s1", "s2"]);

        Assert.Equal(12, lines.Count);
        Assert.StartsWith("  Syria (syria@demo, email)", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("  ceasefire (+447400000001, sms): matched", lines[10], StringComparison.Ordinal);
        Assert.Equal("  and 3 more", lines[11]);
        Assert.DoesNotContain(lines, l => l.Contains("football", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_that_holds_everyone_says_no_more()
    {
        DemoSubscriber[] demo = [new("Syria", "email", "syria@demo", "s1")];
        var samples = JsonSerializer.SerializeToElement(new[] { new { subscriberId = "s1", topic = "Syria", reason = "r" } });

        Assert.Equal(["  Syria (syria@demo, email): r"], DemoExplanations.Lines(samples, matched: 1, demo, ["s1"]));
    }

    private async Task<(JsonElement Output, string Log)> RunOnceAsync()
    {
        var output = new StringWriter();
        var errors = new StringWriter();

        // --demo: other tests' people on this shared storage may follow the demo's topics; the demo runs all the same (DemoAudience).
        var exitCode = await new DevCommand().RunAsync(["--once", "--demo", "--RateLimits:SignUpsPerClient=1000", .. DevArguments.OnStack(fixture.Stack)], new CliConsole(output, errors), CancellationToken.None);

        Assert.True(exitCode == 0, errors.ToString());
        using var summary = JsonDocument.Parse(output.ToString());
        return (summary.RootElement.Clone(), errors.ToString());
    }
}
