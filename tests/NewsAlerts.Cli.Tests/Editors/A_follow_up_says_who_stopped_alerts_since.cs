namespace NewsAlerts.Cli.Tests.Editors;

using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Editor;
using NewsAlerts.Core.Planning;
using NewsAlerts.Pages.Editor;

/// <summary>
/// Trial finding #6 (issue 16): a major correction's preview and the story page did not say that earlier recipients who
/// have since unsubscribed or replied STOP get no follow-up. Both say it with the true count, in the console's words.
/// </summary>
public sealed class A_follow_up_says_who_stopped_alerts_since : IAsyncDisposable
{
    private readonly RazorTemplates templates = new();

    [Theory]
    [InlineData(VersionDecision.MajorCorrection, true, 2, "2 people who got an earlier version have since stopped alerts; they will not get the correction.")]
    [InlineData(VersionDecision.MajorCorrection, true, 1, "1 person who got an earlier version has since stopped alerts; they will not get the correction.")]
    [InlineData(VersionDecision.MajorCorrection, false, 3, "3 people who got an earlier version had since stopped alerts; they did not get the correction.")]
    [InlineData(VersionDecision.Withdrawal, true, 2, "2 people who got this story have since stopped alerts; they will not be told it was withdrawn.")]
    [InlineData(VersionDecision.Withdrawal, false, 1, "1 person who got this story had since stopped alerts; they were not told it was withdrawn.")]
    public async Task The_reach_of_a_follow_up_says_how_many_it_cannot_reach(VersionDecision decision, bool dryRun, int missed, string said)
    {
        var html = await ReachAsync(decision, dryRun, missed);

        Assert.Contains($"<p class=\"hint\" data-missed>{said}</p>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(VersionDecision.MajorCorrection, 0)]
    [InlineData(VersionDecision.Withdrawal, 0)]
    [InlineData(VersionDecision.NewStory, 2)]
    [InlineData(VersionDecision.Correction, 2)]
    public async Task Nothing_is_said_when_nobody_is_missed_or_nothing_follows_up(VersionDecision decision, int missed)
    {
        Assert.DoesNotContain("data-missed", await ReachAsync(decision, dryRun: true, missed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_story_page_says_it_for_each_correction_and_retraction_that_missed_someone()
    {
        var story = new Article("urn:story:1", 3, "Truce holds", "Body", null, "Wire", "en", [], 5, null, DateTimeOffset.UnixEpoch, Notice: new ArticleNotice(NoticeKind.Corrected, "Figures fixed"));
        var by = new EditorIdentity("Desk", "editor");
        AuditEntry[] audit =
        [
            new(story.Id, 3, EditorAction.Corrected, by, DateTimeOffset.UnixEpoch, 5, 4, 0, "Figures fixed", Missed: 2),
            new(story.Id, 2, EditorAction.Corrected, by, DateTimeOffset.UnixEpoch, 5, 4, 0, "Names fixed"),
            new(story.Id, 1, EditorAction.Published, by, DateTimeOffset.UnixEpoch, 5, 6, 0, null, Missed: 9),
        ];

        var html = await templates.RenderAsync<StoryPage>(new Dictionary<string, object?>
        {
            [nameof(StoryPage.Article)] = story,
            [nameof(StoryPage.Tallies)] = Array.Empty<ChannelTally>(),
            [nameof(StoryPage.Audit)] = audit,
            [nameof(StoryPage.Action)] = "/editor/stories/x",
            [nameof(StoryPage.BreakingHidden)] = Array.Empty<KeyValuePair<string, string>>(),
            [nameof(StoryPage.CorrectHidden)] = Array.Empty<KeyValuePair<string, string>>(),
            [nameof(StoryPage.RetractHidden)] = Array.Empty<KeyValuePair<string, string>>(),
        });

        Assert.Contains(
            "data-missed=\"3\">Version 3: 2 people who got an earlier version had since stopped alerts; they did not get the correction.</p>", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "data-missed="));
    }

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    private Task<string> ReachAsync(VersionDecision decision, bool dryRun, int missed) =>
        templates.RenderAsync<ReachSummary>(new Dictionary<string, object?>
        {
            [nameof(ReachSummary.Result)] = new IngestResult("urn:story:1", 2, decision, new Reach(0, 0, 0, 0, 1, FollowUpEmails: 4, FollowUpsMissed: missed), [], dryRun),
        });
}
