namespace NewsAlerts.Cli.Tests.Editors;

using System.Text.RegularExpressions;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Planning;
using NewsAlerts.Pages.Editor;

/// <summary>
/// Found in review (issue 17): a correction plans an empty plan, so every outcome was 0 while the block said "How each
/// matched subscriber hears of it" under 4 matched subscribers. For every decision, with the outcomes its plan really
/// has (a plan only for a new story or an upgrade; none otherwise, all 0), the lines either add up to the matched
/// subscribers or are not shown.
/// </summary>
public sealed partial class The_outcome_lines_add_up_to_the_matched_subscribers_whenever_shown : IAsyncDisposable
{
    private const int Matched = 4;
    private readonly RazorTemplates templates = new();

    public static TheoryData<VersionDecision> Decisions() => new(Enum.GetValues<VersionDecision>());

    [Theory]
    [MemberData(nameof(Decisions))]
    public async Task The_lines_add_up_or_are_hidden(VersionDecision decision)
    {
        // What the planner gives: a new story or upgrade counts each matched subscriber once; any other decision plans nothing.
        var outcomes = decision is VersionDecision.NewStory or VersionDecision.Upgrade
            ? new MatchedOutcomes(Now: 1, Digest: 1, AlreadySent: 1, NoChannel: 1)
            : new MatchedOutcomes();
        var html = await templates.RenderAsync<ReachSummary>(new Dictionary<string, object?>
        {
            [nameof(ReachSummary.Result)] = new IngestResult("urn:story:1", 2, decision, new Reach(Matched, 5, 1, 0, 1, Outcomes: outcomes), [], DryRun: true),
        });

        var lines = OutcomeValue().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var shown = html.Contains(ConsoleStrings.OutcomesTitle, StringComparison.Ordinal);

        Assert.Equal(OutcomeLines.ShownFor(decision), shown);
        if (shown)
        {
            Assert.Equal(Matched, lines.Sum());
        }
        else
        {
            Assert.Empty(lines);
        }
    }

    [Fact]
    public void Only_a_version_that_alerts_the_matched_subscribers_shows_the_lines()
    {
        Assert.Equal(
            [VersionDecision.NewStory, VersionDecision.Upgrade],
            Enum.GetValues<VersionDecision>().Where(OutcomeLines.ShownFor));
    }

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    [GeneratedRegex("data-outcome=\"[^\"]*\">([0-9]+)<")]
    private static partial Regex OutcomeValue();
}
