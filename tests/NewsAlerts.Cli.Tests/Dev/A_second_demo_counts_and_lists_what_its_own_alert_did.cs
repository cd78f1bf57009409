namespace NewsAlerts.Cli.Tests.Dev;

using System.Text.Json;
using NewsAlerts.Cli.Commands;
using NewsAlerts.Cli.Dev;
using NewsAlerts.Testing;

/// <summary>
/// Trial s40 #5: a second <c>dev</c> on the same data said "1 email(s) and 1 SMS" when its alert went to 2 emails and
/// 4 texts (it counted only this run's demo subscribers), and its list of 10 explanations dropped the demo's own SMS
/// subscriber without saying the list was cut. The counts are of this run's story in the sinks; the demo's own
/// subscribers are always listed, and a cut list says how many more.
/// </summary>
/// <remarks>
/// Its <c>dev</c> runs consume the shared stack's alert queues, so it is in the "queues" collection with every other
/// test that does (<see cref="SharedQueues"/>).
/// </remarks>
[Collection(SharedQueues.Collection)]
public sealed class A_second_demo_counts_and_lists_what_its_own_alert_did(StackFixture fixture) : IClassFixture<StackFixture>
{
    [Fact]
    public async Task The_second_run_counts_every_alert_of_its_story_including_earlier_runs_subscribers()
    {
        var first = await RunOnceAsync();
        var second = await RunOnceAsync();

        var reach = second.GetProperty("demo").GetProperty("ingest").GetProperty("reach");
        // The first run's immediate subscribers (Syria by email, ceasefire by text) follow the same topics.
        Assert.True(reach.GetProperty("emailAlerts").GetInt32() >= 2, reach.ToString());
        Assert.Equal(reach.GetProperty("emailAlerts").GetInt32(), second.GetProperty("demo").GetProperty("emailsDelivered").GetInt32());
        Assert.Equal(reach.GetProperty("smsAlerts").GetInt32(), second.GetProperty("demo").GetProperty("smsDelivered").GetInt32());
        Assert.True(second.GetProperty("demo").GetProperty("smsDelivered").GetInt32() >= 2);
        Assert.NotEqual(first.GetProperty("demo").GetProperty("articleId").GetString(), second.GetProperty("demo").GetProperty("articleId").GetString());
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

    private async Task<JsonElement> RunOnceAsync()
    {
        var output = new StringWriter();
        var errors = new StringWriter();

        // --demo: other tests' people on this shared storage may follow the demo's topics; the demo runs all the same (DemoAudience).
        var exitCode = await new DevCommand().RunAsync(["--once", "--demo", "--RateLimits:SignUpsPerClient=1000", .. DevArguments.OnStack(fixture.Stack)], new CliConsole(output, errors), CancellationToken.None);

        Assert.True(exitCode == 0, errors.ToString());
        using var summary = JsonDocument.Parse(output.ToString());
        return summary.RootElement.Clone();
    }
}
