namespace NewsAlerts.EndToEnd.Tests.Editor;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.EndToEnd.Tests.Browser;
using NewsAlerts.EndToEnd.Tests.Flows;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Testing;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// The editor console in a browser: sign in (development sign-in), preview a new story's reach and messages, publish
/// it, flag it as breaking and watch its text reach "delivered" (the SMS sink's status callback), correct its headline
/// and text (the earlier recipient is told by email and text under the corrected headline), then retract it and see the
/// follow-ups reach the earlier recipients. The audit names the editor on every step.
/// </summary>
public sealed class An_editor_previews_publishes_flags_breaking_and_retracts(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string EditorName = "Ana Editor";

    // Driven at desktop width; every state it reaches is also checked at phone width (FlowRecorder).
    [Fact]
    public async Task From_the_preview_to_the_retraction()
    {
        var width = ScreenWidth.Desktop;
        var tag = Article.NewPlace();
        var reader = await ReaderAsync(tag);
        // Words no other flow's subscriber follows (flows run side by side): only this test's reader is matched.
        var headline = $"Calm holds in {tag}";
        var corrected = $"Calm broken in {tag}";
        await using var context = await fixture.NewContextAsync(width);
        var page = await context.NewPageAsync();
        var editor = new Person(page, new FlowRecorder("editor-console", width));
        current = page;

        // What the page asked and got, named in a failing step's message.
        page.Response += (_, r) => traffic.Enqueue($"{r.Request.Method} {new Uri(r.Url).PathAndQuery[..Math.Min(80, new Uri(r.Url).PathAndQuery.Length)]} -> {r.Status}");
        page.RequestFailed += (_, r) => traffic.Enqueue($"{r.Method} {r.Url} failed: {r.Failure}");
        using var inbox = new Smtp4devInbox(fixture.Stack.SmtpInbox);
        using var sink = new SmsSinkInbox(fixture.Stack.SmsSink);

        await StepAsync("open the sign-in page", () => editor.OpenAsync("editor", "sign-in"));
        await editor.ExpectHeadingAsync(EditorStrings.SignInTitle);
        await editor.Field(EditorStrings.NameLabel).FillAsync(EditorName);
        await editor.Field(EditorStrings.KeyLabel).FillAsync(TestFunctionHost.DefaultKey);
        await StepAsync("press SignInButton", () => editor.PressAsync(EditorStrings.SignInButton, ConsoleStrings.ConsoleTitle, "console"));

        await editor.Field(ConsoleStrings.HeadlineLabel).FillAsync(headline);
        await editor.Field(ConsoleStrings.BodyLabel).FillAsync($"Fighting stopped overnight in {tag}, officials said.");
        await editor.Field(ConsoleStrings.UrgencyLabel).SelectOptionAsync("3");
        await StepAsync("press PreviewButton", () => editor.PressAsync(ConsoleStrings.PreviewButton, $"{ConsoleStrings.PreviewTitle}: {headline}", "reach-preview"));
        await Expect(Figure(editor, ConsoleStrings.MatchedSubscribers)).ToHaveTextAsync("1");
        await Expect(Figure(editor, ConsoleStrings.EmailsNow)).ToHaveTextAsync("1");
        await Expect(Figure(editor, ConsoleStrings.TextsNow)).ToHaveTextAsync("0");
        // The email is framed from its own address, under its own policy: the frame shows it, headline included.
        await Expect(editor.Page.FrameLocator("iframe.email-frame").Locator("body")).ToContainTextAsync(headline);
        // Trial r35 #10: nobody is texted yet, so no "first text (with the opt-out line)" box claims a reader.
        await Expect(editor.Page.Locator("pre[data-sms=first]")).ToHaveCountAsync(0);
        await Expect(editor.Page.GetByText("1 segment, GSM-7").First).ToBeVisibleAsync();
        if (width == ScreenWidth.Desktop)
        {
            await ReadmeScreenshots.SaveIfAskedAsync(editor.Page, ReadmeScreenshots.EditorReachPreview);
        }

        await StepAsync("press PublishButton", () => editor.PressAsync(ConsoleStrings.PublishButton, ConsoleStrings.StoryTitlePrefix + headline, "published"));
        await Expect(editor.Page.Locator("td[data-action=Published]")).ToBeVisibleAsync();
        await Expect(editor.Page.GetByRole(AriaRole.Cell, new PageGetByRoleOptions { Name = EditorName, Exact = true }).First).ToBeVisibleAsync();
        using (var mailDeadline = new CancellationTokenSource(StepDeadline))
        {
            await StepAsync("the published alert reaches the reader's inbox", () => FlowTimings.TimeAsync(FlowTimings.Email, () => inbox.WaitForAsync(reader.Email!, mailDeadline.Token)));
        }

        await StepAsync("press FlagBreakingButton", () => editor.PressAsync(ConsoleStrings.FlagBreakingButton, $"{ConsoleStrings.PreviewTitle}: {headline}", "breaking-preview"));
        await Expect(Figure(editor, ConsoleStrings.TextsNow)).ToHaveTextAsync("1");
        await Expect(Figure(editor, ConsoleStrings.EmailsNow)).ToHaveTextAsync("0");
        await Expect(editor.Page.Locator("pre[data-sms=later]")).ToContainTextAsync("BREAKING: ");
        // The reader's number was never texted: their first text carries the opt-out line, and the preview counts it.
        await Expect(editor.Page.Locator("pre[data-sms=first]")).ToContainTextAsync("Reply STOP to opt out");
        await Expect(editor.Page.Locator("pre[data-sms=first]")).ToHaveAttributeAsync("data-first-texts", "1");
        await Expect(editor.Page.FrameLocator("iframe.email-frame").Locator("body")).ToContainTextAsync(headline);
        await StepAsync("press FlagBreakingButton", () => editor.PressAsync(ConsoleStrings.FlagBreakingButton, ConsoleStrings.StoryTitlePrefix + headline, "flagged"));
        await Expect(editor.Page.Locator("td[data-action=Upgraded]")).ToBeVisibleAsync();
        // The delivery table updates in place while sending (the page never reloads); the SMS sink calls back "delivered" as Twilio does.
        await Expect(editor.Page.Locator("tr[data-channel=Sms] td[data-state=delivered]")).ToHaveTextAsync("1", new() { Timeout = (float)StepDeadline.TotalMilliseconds });
        await editor.Page.ReloadAsync();
        await editor.ExpectHeadingAsync(ConsoleStrings.StoryTitlePrefix + headline);

        // A major correction: the form holds the stored headline and text; the follow-up goes under the corrected headline.
        await Expect(editor.Field(ConsoleStrings.CorrectedHeadlineLabel)).ToHaveValueAsync(headline);
        await editor.Field(ConsoleStrings.CorrectedHeadlineLabel).FillAsync(corrected);
        await editor.Field(ConsoleStrings.CorrectedBodyLabel).FillAsync($"Fighting resumed in {tag} before dawn.");
        await editor.Field(ConsoleStrings.CorrectionNoteLabel).FillAsync("The calm did not last the night.");
        await StepAsync("press CorrectButton", () => editor.PressAsync(ConsoleStrings.CorrectButton, $"{ConsoleStrings.PreviewTitle}: {corrected}", "correction-preview"));
        await Expect(Figure(editor, ConsoleStrings.FollowUpEmails)).ToHaveTextAsync("1");
        await Expect(Figure(editor, ConsoleStrings.FollowUpTexts)).ToHaveTextAsync("1");
        await Expect(editor.Page.Locator("pre[data-sms=later]")).ToContainTextAsync($"Correction: {corrected}");
        // Trial r35 #10: the reader was texted before (the breaking alert), so no first-text box repeats the follow-up.
        await Expect(editor.Page.Locator("pre[data-sms=first]")).ToHaveCountAsync(0);
        await Expect(editor.Page.FrameLocator("iframe.email-frame").Locator("body")).ToContainTextAsync("The calm did not last the night.");
        await StepAsync("press CorrectButton", () => editor.PressAsync(ConsoleStrings.CorrectButton, ConsoleStrings.StoryTitlePrefix + corrected, "corrected"));
        await Expect(editor.Page.Locator(".story-state")).ToHaveTextAsync(ConsoleStrings.Corrected);
        await Expect(editor.Page.Locator("td[data-action=Corrected]")).ToBeVisibleAsync();
        await Expect(editor.Field(ConsoleStrings.CorrectedBodyLabel)).ToHaveValueAsync($"Fighting resumed in {tag} before dawn.");
        // Both follow-ups arrive before the retraction, which would stop a follow-up not yet sent.
        await Eventually.TrueAsync(
            async () => (await inbox.ListMessagesAsync(reader.Email!, CancellationToken.None)).Any(m => m.Subject == $"Correction: {corrected}"),
            "the correction reaches the reader by email under the corrected headline", StepDeadline);
        await Eventually.TrueAsync(
            async () => (await sink.MessagesToAsync(reader.Phone!, CancellationToken.None))
                .Any(m => m.GetProperty("body").GetString()!.StartsWith($"Correction: {corrected}", StringComparison.Ordinal)),
            "the correction reaches the reader by text", StepDeadline);

        await editor.Field(ConsoleStrings.RetractionNoteLabel).FillAsync("The report could not be verified.");
        await StepAsync("press RetractButton", () => editor.PressAsync(ConsoleStrings.RetractButton, $"{ConsoleStrings.PreviewTitle}: {corrected}", "retraction-preview"));
        await Expect(Figure(editor, ConsoleStrings.FollowUpEmails)).ToHaveTextAsync("1");
        await Expect(Figure(editor, ConsoleStrings.FollowUpTexts)).ToHaveTextAsync("1");
        await Expect(editor.Page.Locator("pre[data-sms=later]")).ToContainTextAsync("Withdrawn: ");
        await Expect(editor.Page.Locator("pre[data-sms=first]")).ToHaveCountAsync(0);
        await Expect(editor.Page.FrameLocator("iframe.email-frame").Locator("body")).ToContainTextAsync("The report could not be verified.");
        await StepAsync("press RetractButton", () => editor.PressAsync(ConsoleStrings.RetractButton, ConsoleStrings.StoryTitlePrefix + corrected, "retracted"));
        await Expect(editor.Page.Locator(".story-state")).ToHaveTextAsync(ConsoleStrings.Withdrawn);
        await Expect(editor.Page.Locator("td[data-action=Retracted]")).ToBeVisibleAsync();

        await Eventually.TrueAsync(
            async () => (await inbox.ListMessagesAsync(reader.Email!, CancellationToken.None)).Any(m => m.Subject?.StartsWith("Withdrawn: ", StringComparison.Ordinal) == true),
            "the withdrawal reaches the reader by email", StepDeadline);
        await Eventually.TrueAsync(
            async () => (await sink.MessagesToAsync(reader.Phone!, CancellationToken.None))
                .Any(m => m.GetProperty("body").GetString()!.StartsWith("Withdrawn: ", StringComparison.Ordinal)),
            "the follow-up text reaches the reader", StepDeadline);
    }

    // Every step fails fast and names itself when it stalls, instead of hanging the run.
    private static readonly TimeSpan StepDeadline = TimeSpan.FromSeconds(240);

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> traffic = new();
    private IPage? current;

    private async Task StepAsync(string step, Func<Task> run)
    {
        try
        {
            await run().WaitAsync(StepDeadline);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"The step \"{step}\" did not finish within {StepDeadline.TotalSeconds} s. Last requests: {Recent()}", e);
        }
        catch (Exception e) when (e is not TimeoutException)
        {
            var forms = current is null ? string.Empty : string.Join(" | ", await current.Locator("form").EvaluateAllAsync<string[]>("fs => fs.map(f => f.outerHTML.slice(-400))"));
            throw new InvalidOperationException($"The step \"{step}\" failed: {e.Message}. Last requests: {Recent()}. Forms: {forms}", e);
        }
    }

    private string Recent() => string.Join("; ", traffic.TakeLast(8));

    private static ILocator Figure(Person person, string label) => person.Page.Locator($"dd[data-figure=\"{label}\"]");

    // A confirmed reader of both channels whose one topic only this test's story mentions.
    private async Task<Subscriber> ReaderAsync(string tag)
    {
        var subscriber = new Subscriber(
            $"s{tag.ToLowerInvariant()}", $"reader-{tag.ToLowerInvariant()}@example.com", ContactStatus.Confirmed, TestPhones.NewValid(), ContactStatus.Confirmed,
            "Europe/London", [new Topic("t1", tag, false)], Subscriber.DefaultSmsMaxUrgency, DateTimeOffset.UtcNow);
        await fixture.Host.Services.GetRequiredService<ISubscriberStore>().SaveAsync(subscriber, CancellationToken.None);
        await fixture.Host.Services.GetRequiredService<SubscriberSync>().RefreshAsync(CancellationToken.None);
        return subscriber;
    }
}
