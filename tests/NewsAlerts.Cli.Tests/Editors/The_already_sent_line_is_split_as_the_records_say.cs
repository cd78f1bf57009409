namespace NewsAlerts.Cli.Tests.Editors;

using System.Net;
using System.Text.RegularExpressions;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Planning;
using NewsAlerts.Pages.Editor;

/// <summary>
/// Trial r37: the preview of a newer version said "an earlier version reached them or is on its way" of everyone with a
/// record, texts held by a cap included. With the records (<see cref="EarlierOutcomes"/>) it shows a line per standing,
/// with when the quiet hours end and when the next digest goes, and why what was not sent was not; the lines still add
/// up to the matched subscribers.
/// </summary>
public sealed partial class The_already_sent_line_is_split_as_the_records_say : IAsyncDisposable
{
    private readonly RazorTemplates templates = new();

    [Fact]
    public async Task Each_standing_is_a_line_of_its_own_and_the_lines_add_up()
    {
        var earlier = new EarlierOutcomes(
            Sent: 2, Sending: 1, AfterQuietHours: 1, QuietHoursEndFirst: new DateTimeOffset(2026, 12, 2, 22, 30, 0, TimeSpan.Zero),
            InDigest: 3, NextDigest: new DateTimeOffset(2026, 12, 3, 7, 0, 0, TimeSpan.Zero),
            NotSent: [new("HeldByCap", 1), new("Skipped: contact suppressed", 2)]);
        var outcomes = new MatchedOutcomes(Now: 1, AlreadySent: 10) { Earlier = earlier };

        var lines = await LinesAsync(outcomes, matched: 11);

        Assert.Equal(
            new Dictionary<string, int>
            {
                [ConsoleStrings.OutcomeNow] = 1,
                [ConsoleStrings.OutcomeEarlierSent] = 2,
                [ConsoleStrings.OutcomeEarlierSending] = 1,
                [ConsoleStrings.OutcomeEarlierAfterQuietHours + " (first from 2026-12-02 22:30 UTC)"] = 1,
                [ConsoleStrings.OutcomeEarlierInDigest + " (first from 2026-12-03 07:00 UTC)"] = 3,
                [ConsoleStrings.OutcomeEarlierNotSentPrefix + ConsoleStrings.StateHeldByCap] = 1,
                [ConsoleStrings.OutcomeEarlierNotSentPrefix + ConsoleStrings.StateSkipped + ": contact suppressed"] = 2,
            },
            lines);
        Assert.Equal(11, lines.Values.Sum());
    }

    [Fact]
    public async Task Without_the_records_the_one_line_stays()
    {
        var lines = await LinesAsync(new MatchedOutcomes(AlreadySent: 2), matched: 2);

        Assert.Equal(new Dictionary<string, int> { [ConsoleStrings.OutcomeAlreadySent] = 2 }, lines);
    }

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    private async Task<Dictionary<string, int>> LinesAsync(MatchedOutcomes outcomes, int matched)
    {
        var html = await templates.RenderAsync<ReachSummary>(new Dictionary<string, object?>
        {
            [nameof(ReachSummary.Result)] = new IngestResult("urn:story:1", 2, VersionDecision.Upgrade, new Reach(matched, matched, 1, 0, 1, Outcomes: outcomes), [], DryRun: true),
        });
        return OutcomeLine().Matches(html).ToDictionary(
            m => WebUtility.HtmlDecode(m.Groups["label"].Value), m => int.Parse(m.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }

    [GeneratedRegex("<dt>(?<label>[^<]*)</dt><dd data-outcome=\"[^\"]*\">(?<value>[0-9]+)<")]
    private static partial Regex OutcomeLine();
}
