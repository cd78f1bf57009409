namespace NewsAlerts.Core.Tests.Subscribers;

using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Texts;

/// <summary>
/// Trial r37 #12: a number that had replied STOP and asked "how do I stop these?" was told "Reply STOP to stop all
/// alerts". For a stopped number, HELP and a mention of stopping say it is stopped and that START resumes, in every
/// offered language; the STOP and START answers themselves are unchanged.
/// </summary>
public sealed class A_stopped_number_is_told_it_is_stopped
{
    private static readonly SmsHelp Help = new("NewsAlerts", "help@newsalerts.example");

    [Theory]
    [InlineData("how do I stop these?")]
    [InlineData("HELP")]
    [InlineData("info")]
    public void Help_and_how_to_stop_say_stopped_and_start(string body)
    {
        var answer = SmsReplyAnswers.For(body, Help, stopped: true);

        Assert.NotNull(answer);
        Assert.Contains("stopped", answer, StringComparison.Ordinal);
        Assert.Contains("START to resume", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Reply STOP", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_not_stopped_is_still_told_how_to_stop()
    {
        Assert.Equal("Reply STOP to stop all alerts.", SmsReplyAnswers.For("how do I stop these?", Help, stopped: false));
        Assert.Contains("Reply STOP to stop all alerts", SmsReplyAnswers.For("HELP", Help, stopped: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_offered_language_says_it_without_asking_for_stop()
    {
        Assert.All(TextLanguages.Offered, language =>
        {
            var help = SmsReplyAnswers.For("HELP", Help, language, stopped: true)!;
            var mention = SmsReplyAnswers.For("how do I stop these?", Help, language, stopped: true)!;
            Assert.All(new[] { help, mention }, answer =>
            {
                Assert.Contains("START", answer, StringComparison.Ordinal);
                Assert.DoesNotContain("STOP", answer, StringComparison.Ordinal);
            });
            Assert.Contains("help@newsalerts.example", help, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Stop_and_start_answers_are_unchanged_for_a_stopped_number()
    {
        Assert.Equal(SmsReplyAnswers.For("stop please", Help), SmsReplyAnswers.For("stop please", Help, stopped: true));
        Assert.Equal(SmsReplyAnswers.For("Start!", Help), SmsReplyAnswers.For("Start!", Help, stopped: true));
    }
}
