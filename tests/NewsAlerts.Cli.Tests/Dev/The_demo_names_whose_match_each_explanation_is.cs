namespace NewsAlerts.Cli.Tests.Dev;

using System.Text.Json;
using NewsAlerts.Cli.Dev;

/// <summary>
/// Issue 16: <c>dev</c> printed the "syria:" explanation twice without saying for whom (the demo has two Syria
/// subscribers, one emailed at once and one in a daily digest). Each line names the demo subscriber and the way.
/// </summary>
public sealed class The_demo_names_whose_match_each_explanation_is
{
    private static readonly DemoSubscriber[] Subscribers =
    [
        new("Syria", "email", "syria-1a2b@demo.newsalerts.local", "s1"),
        new("ceasefire", "sms", "+447400123456", "s2"),
        new("Syria", "email", "digest-1a2b@demo.newsalerts.local", "s4", DateTimeOffset.UnixEpoch),
    ];

    [Theory]
    [InlineData("s1", "  syria (syria-1a2b@demo.newsalerts.local, email): why")]
    [InlineData("s2", "  syria (+447400123456, sms): why")]
    [InlineData("s4", "  syria (digest-1a2b@demo.newsalerts.local, daily email digest): why")]
    [InlineData("s9", "  syria (a subscriber outside the demo): why")]
    public void Each_line_names_the_subscriber_and_the_way(string id, string line)
    {
        using var sample = JsonDocument.Parse($$"""{"subscriberId":"{{id}}","topic":"syria","reason":"why"}""");

        Assert.Equal(line, DemoExplanations.Line(sample.RootElement, Subscribers));
    }

    [Fact]
    public void Two_subscribers_of_the_same_topic_get_different_lines()
    {
        using var first = JsonDocument.Parse("""{"subscriberId":"s1","topic":"syria","reason":"why"}""");
        using var second = JsonDocument.Parse("""{"subscriberId":"s4","topic":"syria","reason":"why"}""");

        Assert.NotEqual(DemoExplanations.Line(first.RootElement, Subscribers), DemoExplanations.Line(second.RootElement, Subscribers));
    }
}
