namespace NewsAlerts.Cli.Tests.Editors;

using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Planning;
using NewsAlerts.Pages.Editor;

/// <summary>
/// Trial s44 #5: the reach preview said "Texts held by daily caps" but nothing of an as-it-happens reader whose email
/// a daily cap moved to her digest, although the dry run counted it (<c>emailHeldByCap</c>). The reach shows the emails
/// held by caps beside the texts', with the count the plan gives.
/// </summary>
public sealed class The_reach_says_how_many_emails_a_daily_cap_moved_to_the_digest : IAsyncDisposable
{
    private readonly RazorTemplates templates = new();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_emails_held_by_caps_are_a_figure_of_the_preview_and_of_the_story_page(bool dryRun)
    {
        var reach = new Reach(6, 6, 2, 0, 1, EmailDigestEntries: 4, EmailHeldByCap: 1, SmsHeldByCap: 2);
        var html = await templates.RenderAsync<ReachSummary>(new Dictionary<string, object?>
        {
            [nameof(ReachSummary.Result)] = new IngestResult("urn:story:1", 1, VersionDecision.NewStory, reach, [], DryRun: dryRun),
        });

        Assert.Contains($"data-figure=\"{ConsoleStrings.EmailsHeldByCap}\">1<", html, StringComparison.Ordinal);
        Assert.Contains($"data-figure=\"{ConsoleStrings.HeldByCap}\">2<", html, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => templates.DisposeAsync();
}
