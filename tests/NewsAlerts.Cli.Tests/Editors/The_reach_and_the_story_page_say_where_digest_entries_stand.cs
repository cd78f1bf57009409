namespace NewsAlerts.Cli.Tests.Editors;

using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Editor;
using NewsAlerts.Core.Planning;
using NewsAlerts.Pages.Editor;

/// <summary>
/// Trial s44 #5 and #9: the preview's "Into email digests 4" did not say one was an email a daily cap moved there, and
/// the story page counted a paused reader's entry as scheduled, with her digest time as the next one. The preview gives
/// the entries' parts (adding up to them) and the outcome of a reader a cap moved to her digest on its own line; the
/// story page counts an entry that will not go as not sent, in words, and names the next digest that will go.
/// </summary>
public sealed class The_reach_and_the_story_page_say_where_digest_entries_stand : IAsyncDisposable
{
    private readonly RazorTemplates templates = new();

    [Fact]
    public async Task The_preview_splits_the_digest_entries_and_the_digest_outcome_by_why()
    {
        var reach = new Reach(6, 6, 2, 0, 1, EmailDigestEntries: 4, EmailHeldByCap: 1,
            Outcomes: new MatchedOutcomes(Now: 2, Digest: 4) { DigestByCap = 1 }, EmailDigestEntryParts: new DigestEntryParts(Chosen: 2, MovedByEmailCap: 1, StaleTexts: 1));

        var html = await templates.RenderAsync<ReachSummary>(new Dictionary<string, object?>
        {
            [nameof(ReachSummary.Result)] = new IngestResult("urn:story:1", 1, VersionDecision.NewStory, reach, [], DryRun: true),
        });

        Assert.Contains($"data-figure=\"{ConsoleStrings.DigestEntries}\">4<", html, StringComparison.Ordinal);
        Assert.Contains($"data-figure=\"{ConsoleStrings.DigestEntriesChosen}\">2<", html, StringComparison.Ordinal);
        Assert.Contains($"data-figure=\"{ConsoleStrings.EmailsHeldByCap}\">1<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(ConsoleStrings.TextsCappedToDigest, html, StringComparison.Ordinal);
        Assert.Contains($"data-figure=\"{ConsoleStrings.StaleTextsToDigest}\">1<", html, StringComparison.Ordinal);
        Assert.Contains($"data-outcome=\"{ConsoleStrings.OutcomeDigest}\">3<", html, StringComparison.Ordinal);
        Assert.Contains($"data-outcome=\"{ConsoleStrings.OutcomeDigestByCap}\">1<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_story_page_counts_a_paused_readers_entry_not_sent_and_the_next_digest_from_those_that_go()
    {
        var story = new Article("urn:story:1", 1, "Aleppo: Syria reopens the road to the north", "Body", null, "Wire", "en", [], 3, null, DateTimeOffset.UnixEpoch);
        var next = new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);
        var digests = new DigestTally(3, next, 0, 0, 0, 0, 1, [new(WaitingDigestEntries.PausedReason, 1)], 4, false);

        var html = await templates.RenderAsync<StoryPage>(new Dictionary<string, object?>
        {
            [nameof(StoryPage.Article)] = story,
            [nameof(StoryPage.Tallies)] = Array.Empty<ChannelTally>(),
            [nameof(StoryPage.Digests)] = digests,
            [nameof(StoryPage.Audit)] = new[] { new AuditEntry(story.Id, 1, EditorAction.Published, new EditorIdentity("Desk", "editor"), DateTimeOffset.UnixEpoch, 3, 2, 0, null, DigestEntriesMovedByCap: 1) },
            [nameof(StoryPage.Action)] = "/editor/stories/x",
            [nameof(StoryPage.BreakingHidden)] = Array.Empty<KeyValuePair<string, string>>(),
            [nameof(StoryPage.CorrectHidden)] = Array.Empty<KeyValuePair<string, string>>(),
            [nameof(StoryPage.RetractHidden)] = Array.Empty<KeyValuePair<string, string>>(),
        });

        Assert.Contains($"data-state=\"scheduled\" data-label=\"{ConsoleStrings.ScheduledColumn}\">3<", html, StringComparison.Ordinal);
        Assert.Contains($"data-state=\"not-sent\" data-label=\"{ConsoleStrings.NotSentColumn}\">1<", html, StringComparison.Ordinal);
        Assert.Contains($"<li>{ConsoleStrings.DigestRow} – {ConsoleStrings.StateSkipped}: paused: 1</li>", html, StringComparison.Ordinal);
        Assert.Contains(ConsoleStrings.DigestNextPrefix + "2026-12-04 08:00 UTC. 1 of them moved there by a daily cap when it was published.", html, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => templates.DisposeAsync();
}
