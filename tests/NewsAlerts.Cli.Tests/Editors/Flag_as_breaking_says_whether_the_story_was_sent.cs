namespace NewsAlerts.Cli.Tests.Editors;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Planning;
using NewsAlerts.Pages.Editor;

/// <summary>
/// Trial r43 #11: "Flag as breaking" on a story that had reached nobody (reach 0, not urgent enough for anyone) was
/// previewed as "A more urgent version of a story already sent". The sentence follows what the earlier versions did.
/// </summary>
public sealed class Flag_as_breaking_says_whether_the_story_was_sent
{
    private static EarlierOutcomes Earlier(int sent = 0, int sending = 0, int afterQuietHours = 0, int inDigest = 0, int notSent = 0) =>
        new(sent, sending, afterQuietHours, null, inDigest, null, notSent > 0 ? [new NotSentCount("HeldByCap", notSent)] : []);

    [Fact]
    public void The_given_case_a_story_sent_to_nobody_is_not_called_already_sent()
    {
        var sentence = ConsoleWords.Decision(VersionDecision.Upgrade, Earlier());

        Assert.Equal(ConsoleStrings.DecisionUpgradeSentToNobody, sentence);
        Assert.DoesNotContain("already sent", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Earlier_alerts_held_and_never_sent_count_as_sent_to_nobody()
    {
        Assert.Equal(ConsoleStrings.DecisionUpgradeSentToNobody, ConsoleWords.Decision(VersionDecision.Upgrade, Earlier(notSent: 2)));
    }

    [Theory]
    [InlineData(1, 0, 0, 0)]
    [InlineData(3, 2, 1, 1)]
    public void A_story_sent_to_some_says_already_sent(int sent, int sending, int afterQuietHours, int inDigest)
    {
        Assert.Equal(ConsoleStrings.DecisionUpgradeSent, ConsoleWords.Decision(VersionDecision.Upgrade, Earlier(sent, sending, afterQuietHours, inDigest)));
    }

    [Theory]
    [InlineData(1, 0, 0)]
    [InlineData(0, 1, 0)]
    [InlineData(0, 0, 1)]
    public void A_story_only_on_its_way_says_so_and_not_sent(int sending, int afterQuietHours, int inDigest)
    {
        var sentence = ConsoleWords.Decision(VersionDecision.Upgrade, Earlier(sending: sending, afterQuietHours: afterQuietHours, inDigest: inDigest));

        Assert.Equal(ConsoleStrings.DecisionUpgradeOnItsWay, sentence);
        Assert.DoesNotContain("already sent", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_earlier_records_no_send_is_claimed()
    {
        Assert.Equal(ConsoleWords.Decision(VersionDecision.Upgrade), ConsoleWords.Decision(VersionDecision.Upgrade, null));
        Assert.DoesNotContain("already sent", ConsoleWords.Decision(VersionDecision.Upgrade), StringComparison.Ordinal);
    }

    [Fact]
    public void Other_decisions_are_worded_as_before()
    {
        foreach (var decision in Enum.GetValues<VersionDecision>().Where(d => d != VersionDecision.Upgrade))
        {
            Assert.Equal(ConsoleWords.Decision(decision), ConsoleWords.Decision(decision, Earlier(sent: 1)));
        }
    }
}
