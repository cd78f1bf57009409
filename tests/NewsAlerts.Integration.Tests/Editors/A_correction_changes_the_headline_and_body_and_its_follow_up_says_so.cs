namespace NewsAlerts.Integration.Tests.Editors;

using System.Net;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Integration.Tests.Pages;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Testing;

/// <summary>
/// Issue 17 (console17): from the console a correction could change only its note, never the headline or the body that
/// were wrong. The story page's correction form now holds the headline and body, pre-filled with the stored ones; a
/// blank or unreadable headline is refused on its field in words; the preview shows the whole follow-up under the
/// corrected headline; and once confirmed the recipient of the earlier version gets the follow-up with the corrected
/// headline (smtp4dev), and the story shows it.
/// </summary>
[Collection("queues")]
public sealed class A_correction_changes_the_headline_and_body_and_its_follow_up_says_so(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack, runDispatcher: true);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_earlier_recipient_gets_the_corrected_headline()
    {
        var tag = "Zc" + Guid.NewGuid().ToString("N")[..8];
        var (email, _) = await ConsoleEditor.ReaderAsync(host, tag);
        using var erin = ConsoleEditor.Browser(host, "Erin", Deadline);
        var (_, story) = await ConsoleEditor.PublishAsync(erin, tag, Deadline);
        await Eventually.TrueAsync(async () => StoryStatus.Handed(await StoryStatus.RowsAsync(erin, story), "Email") == 1, "the email alert is sent", Deadline);

        var page = await erin.GetStringAsync(new Uri(story.TrimStart('/'), UriKind.Relative));
        Assert.Contains($"name=\"correctedHeadline\" value=\"Truce holds in {tag}\"", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains($">Fighting stopped in {tag}.</textarea>", WebUtility.HtmlDecode(page), StringComparison.Ordinal);

        var (blank, refused) = await HtmlForms.PostAsync(erin, HtmlForms.WithStep(page, "correct"), Fields(" ", "Fighting resumed.", "The truce did not hold."));
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Contains(ConsoleStrings.CorrectedHeadlineMissing, refused, StringComparison.Ordinal);
        Assert.Contains("Fighting resumed.</textarea>", WebUtility.HtmlDecode(refused), StringComparison.Ordinal);
        var (reversed, unreadable) = await HtmlForms.PostAsync(erin, HtmlForms.WithStep(page, "correct"), Fields("Truce \u202Eholds", "Fighting resumed.", "Note."));
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        var said = WebUtility.HtmlDecode(unreadable);
        Assert.True(said.Contains("U+202E", StringComparison.Ordinal), said[Math.Max(0, said.IndexOf("<main", StringComparison.Ordinal))..]);

        var corrected = $"Truce collapses in {tag}";
        var (previewed, preview) = await HtmlForms.PostAsync(
            erin, HtmlForms.WithStep(page, "correct"), Fields(corrected, $"Fighting resumed in {tag}.\r\nTalks are off.", "The truce did not hold.")).WaitAsync(Deadline);
        Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);
        Assert.Contains($"Correction: {corrected}", WebUtility.HtmlDecode(preview), StringComparison.Ordinal);
        Assert.Contains("The truce did not hold.", WebUtility.HtmlDecode(preview), StringComparison.Ordinal);
        var (confirmed, _) = await HtmlForms.PostAsync(erin, HtmlForms.WithStep(preview, "confirm")).WaitAsync(Deadline);
        Assert.Equal(HttpStatusCode.SeeOther, confirmed.StatusCode);

        using var inbox = new Smtp4devInbox(fixture.Stack.SmtpInbox);
        await Eventually.TrueAsync(
            async () => (await inbox.ListMessagesAsync(email, CancellationToken.None)).Any(m => m.Subject == $"Correction: {corrected}"),
            "the earlier recipient gets the follow-up under the corrected headline", Deadline);
        var shown = await erin.GetStringAsync(new Uri(story.TrimStart('/'), UriKind.Relative));
        Assert.Contains($"name=\"correctedHeadline\" value=\"{corrected}\"", WebUtility.HtmlDecode(shown), StringComparison.Ordinal);
        Assert.Contains($"Fighting resumed in {tag}.\nTalks are off.</textarea>", WebUtility.HtmlDecode(shown), StringComparison.Ordinal);
    }

    private static KeyValuePair<string, string>[] Fields(string headline, string body, string note) =>
        [new("correctedHeadline", headline), new("correctedBody", body), new("correctionNote", note)];
}
