namespace NewsAlerts.Integration.Tests.Editors;

using System.Net;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Integration.Tests.Pages;
using NewsAlerts.Testing;

/// <summary>
/// The console's forms as a browser posts them: a story previewed and published from <c>/editor</c>, then retracted from
/// its page after it was flagged as breaking (the preview, then the confirmation), each confirmation answered <c>303</c>
/// to the story page. Found in a user trial: the story's delivery counted the alert but not the retraction's follow-ups;
/// every message the sinks received for the story must be in its status, each under what it was.
/// </summary>
[Collection("queues")]
public sealed class A_story_is_published_and_retracted_through_the_console_forms(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack, runDispatcher: true);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_retraction_is_confirmed_and_the_story_shows_it_withdrawn()
    {
        var tag = "Zq" + Guid.NewGuid().ToString("N")[..8];
        var (email, phone) = await ConsoleEditor.ReaderAsync(host, tag);
        using var erin = ConsoleEditor.Browser(host, "Erin", Deadline);
        var (_, story) = await ConsoleEditor.PublishAsync(erin, tag, Deadline);

        // Flagged once the email alert is sent, so that the retraction below has both to follow up (flagging while it is
        // still queued: Editor_actions_on_a_queued_alert_end_with_true_counts).
        await Eventually.TrueAsync(async () => StoryStatus.Handed(await StoryStatus.RowsAsync(erin, story), "Email") == 1, "the email alert is sent", Deadline);
        var flagging = await erin.GetStringAsync(new Uri(story.TrimStart('/'), UriKind.Relative));
        var (flagPreviewed, flagPreview) = await HtmlForms.PostAsync(erin, HtmlForms.WithStep(flagging, "breaking")).WaitAsync(Deadline);
        Assert.Equal(HttpStatusCode.OK, flagPreviewed.StatusCode);
        var (flagged, _) = await HtmlForms.PostAsync(erin, HtmlForms.WithStep(flagPreview, "confirm")).WaitAsync(Deadline);
        Assert.Equal(HttpStatusCode.SeeOther, flagged.StatusCode);

        // The follow-ups go to those the story reached: the breaking text is sent first.
        await Eventually.TrueAsync(
            async () => await StoryStatus.RowsAsync(erin, story) is var rows && StoryStatus.Handed(rows, "Email") == 1 && StoryStatus.Handed(rows, "Sms") == 1, "the alert and the breaking text are sent", Deadline);
        var page = await erin.GetStringAsync(new Uri(story.TrimStart('/'), UriKind.Relative));
        var (asked, retraction) = await HtmlForms.PostAsync(erin, HtmlForms.WithStep(page, "retract"), [new("retractionNote", "The report could not be verified.")]).WaitAsync(Deadline);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var (confirmed, answer) = await HtmlForms.PostAsync(erin, HtmlForms.WithStep(retraction, "confirm")).WaitAsync(Deadline);

        Assert.True(confirmed.StatusCode == HttpStatusCode.SeeOther, $"{(int)confirmed.StatusCode}: {answer[..Math.Min(answer.Length, 2000)]}");
        Assert.Equal(story, confirmed.Headers.Location!.OriginalString);
        Assert.Contains(Pages.ConsoleWithdrawn(), await erin.GetStringAsync(new Uri(story.TrimStart('/'), UriKind.Relative)), StringComparison.Ordinal);

        // The email alert (urgency 3, version 1), the text of the upgrade to breaking (2), and the retraction's (3) follow-up email and text.
        // (Alerts still queued at a retraction are never sent, so they need no follow-up: the same test class.)
        using var inbox = new Smtp4devInbox(fixture.Stack.SmtpInbox);
        using var sink = new SmsSinkInbox(fixture.Stack.SmsSink);
        async Task<int> EmailsAsync() => (await inbox.ListMessagesAsync(email, CancellationToken.None)).Count(m => m.Subject?.Contains(tag, StringComparison.Ordinal) == true);
        async Task<int> TextsAsync() => (await sink.MessagesToAsync(phone, CancellationToken.None)).Count(m => m.GetProperty("body").GetString()!.Contains(tag, StringComparison.Ordinal));
        try
        {
            await Eventually.TrueAsync(async () => await EmailsAsync() == 2 && await TextsAsync() == 2, "the alerts and follow-ups reach the reader", Deadline);
        }
        catch (TimeoutException e)
        {
            var subjects = (await inbox.ListMessagesAsync(email, CancellationToken.None)).Select(m => m.Subject);
            var texts = (await sink.MessagesToAsync(phone, CancellationToken.None)).Select(m => m.GetProperty("body").GetString());
            throw new TimeoutException($"{e.Message} Emails: [{string.Join(" | ", subjects)}]; texts: [{string.Join(" | ", texts)}]; status: {string.Join(", ", (await StoryStatus.RowsAsync(erin, story)).Select(r => r.ToString()))}", e);
        }
        try
        {
            await Eventually.TrueAsync(
                async () =>
                {
                    var rows = await StoryStatus.RowsAsync(erin, story);
                    return rows.All(r => r.GetProperty("queued").GetInt32() == 0) && StoryStatus.Handed(rows, "Email") == 2 && StoryStatus.Handed(rows, "Sms") == 2;
                },
                "the story's status counts what the sinks received", Deadline);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message} Status: {string.Join(", ", (await StoryStatus.RowsAsync(erin, story)).Select(r => r.ToString()))}", e);
        }

        var status = await StoryStatus.RowsAsync(erin, story);
        Assert.Equal((await EmailsAsync(), await TextsAsync()), (StoryStatus.Handed(status, "Email"), StoryStatus.Handed(status, "Sms")));
        Assert.Equal(
            ["Alert:Email:1", "Alert:Sms:1", "WithdrawalFollowUp:Email:1", "WithdrawalFollowUp:Sms:1"],
            status.Select(r => $"{r.GetProperty("kind").GetString()}:{r.GetProperty("channel").GetString()}:{StoryStatus.Handed([r], r.GetProperty("channel").GetString()!)}").ToArray());
        Assert.All(status.Where(r => r.GetProperty("kind").GetString() != "Alert"), r => Assert.Equal(3, r.GetProperty("version").GetInt32()));
    }

    private static class Pages
    {
        public static string ConsoleWithdrawn() => global::NewsAlerts.Pages.Editor.ConsoleStrings.Withdrawn;
    }
}
