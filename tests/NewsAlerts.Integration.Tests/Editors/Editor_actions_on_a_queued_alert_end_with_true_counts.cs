namespace NewsAlerts.Integration.Tests.Editors;

using System.Net;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Integration.Tests.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Found in a user trial (issue 17): flagging a story as breaking while its email alert was still queued planned the email
/// again and the story's row kept one "queued" for good; a retraction made while an alert was queued planned no follow-up
/// for it; a correction made while it was queued let it go out later uncorrected with no follow-up (now it goes as the
/// corrected version, its note in the text, and no follow-up repeats it). The alert is held queued deterministically: the console's host runs no dispatcher; the editor acts; then a
/// second host on the same tables starts one. Every count must reach its final state and equal what the sinks received.
/// </summary>
[Collection("queues")]
public sealed class Editor_actions_on_a_queued_alert_end_with_true_counts(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);
    private TestFunctionHost console = null!;

    public async Task InitializeAsync() =>
        console = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await console.DisposeAsync();

    [Theory]
    [InlineData("breaking", 1, 1)]
    [InlineData("breaking,breaking", 1, 1)]
    [InlineData("breaking,retract", 0, 0)]
    [InlineData("retract", 0, 0)]
    [InlineData("republish", 1, 0)]
    [InlineData("correct", 1, 0)]
    [InlineData("correct,correct", 1, 0)]
    public async Task The_alert_goes_once_or_not_at_all_and_the_story_counts_it(string actions, int emails, int texts)
    {
        var tag = "Zk" + Guid.NewGuid().ToString("N")[..8];
        var (email, phone) = await ConsoleEditor.ReaderAsync(console, tag);
        using var erin = ConsoleEditor.Browser(console, "Erin", Deadline);
        var (preview, story) = await ConsoleEditor.PublishAsync(erin, tag, Deadline);

        // A page opened before the first action: a second "flag as breaking" comes from it (a second tab), as the page
        // shows no such button once the story is breaking.
        var opened = await erin.GetStringAsync(new Uri(story.TrimStart('/'), UriKind.Relative));
        var done = new HashSet<string>(StringComparer.Ordinal);
        var corrections = 0;
        foreach (var action in actions.Split(','))
        {
            if (action == "republish")
            {
                // The same story published again (a second click): the same id and version, nothing new to send.
                var (again, _) = await HtmlForms.PostAsync(erin, HtmlForms.Of(preview).Single()).WaitAsync(Deadline);
                Assert.True(again.StatusCode is HttpStatusCode.SeeOther or HttpStatusCode.Conflict or HttpStatusCode.OK, $"{(int)again.StatusCode}");
                continue;
            }

            // A second correction is made from a fresh page (each carries its own note); other repeats come from the stale one.
            var repeat = !done.Add(action) && action != "correct";
            corrections += action == "correct" ? 1 : 0;
            var page = repeat ? opened : await erin.GetStringAsync(new Uri(story.TrimStart('/'), UriKind.Relative));
            var (asked, confirmation) = await HtmlForms.PostAsync(erin, HtmlForms.WithStep(page, action), Notes(action, corrections)).WaitAsync(Deadline);
            if (repeat && asked.StatusCode != HttpStatusCode.OK)
            {
                continue; // refused from the stale page (the story changed since it was opened)
            }

            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
            if (repeat && !HtmlForms.Of(confirmation).Any(f => f.Hidden.GetValueOrDefault("step") == "confirm"))
            {
                continue; // the preview says this version would change nothing and offers no confirmation
            }

            var (confirmed, answer) = await HtmlForms.PostAsync(erin, HtmlForms.WithStep(confirmation, "confirm")).WaitAsync(Deadline);
            Assert.True(
                confirmed.StatusCode == HttpStatusCode.SeeOther || (repeat && confirmed.StatusCode == HttpStatusCode.Conflict),
                $"{action}: {(int)confirmed.StatusCode}: {answer[..Math.Min(answer.Length, 1000)]}");
        }

        var before = await StoryStatus.RowsAsync(erin, story);
        Assert.True(before.Sum(r => r.GetProperty("sent").GetInt32() + r.GetProperty("delivered").GetInt32()) == 0, "nothing goes before the dispatcher starts");

        await using var dispatcher = await TestFunctionHost.StartAsync(
            fixture.Stack, overrides: new Dictionary<string, string?> { ["Storage:TablePrefix"] = console.TablePrefix }, runDispatcher: true);
        using var inbox = new Smtp4devInbox(fixture.Stack.SmtpInbox);
        using var sink = new SmsSinkInbox(fixture.Stack.SmsSink);
        try
        {
            await Eventually.TrueAsync(
                async () => (await StoryStatus.RowsAsync(erin, story)) is var rows && rows.All(r => r.GetProperty("queued").GetInt32() == 0)
                    && StoryStatus.Handed(rows, "Email") == emails && StoryStatus.Handed(rows, "Sms") == texts,
                "every count of the story reaches its final state", Deadline);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message} Status: {string.Join(", ", (await StoryStatus.RowsAsync(erin, story)).Select(r => r.ToString()))}", e);
        }

        // The sinks took exactly what the story counts (a second copy would arrive within the dispatcher's same pass).
        await Eventually.TrueAsync(
            async () => (await inbox.ListMessagesAsync(email, CancellationToken.None)).Count(m => m.Subject?.Contains(tag, StringComparison.Ordinal) == true) == emails
                && (await sink.MessagesToAsync(phone, CancellationToken.None)).Count(m => m.GetProperty("body").GetString()!.Contains(tag, StringComparison.Ordinal)) == texts,
            "the sinks received what the story counts", Deadline);
        var status = await StoryStatus.RowsAsync(erin, story);
        var planned = status.Sum(r => r.GetProperty("sent").GetInt32() + r.GetProperty("delivered").GetInt32() + r.GetProperty("failed").GetInt32() + r.GetProperty("notSent").GetInt32());
        Assert.Equal(actions.Contains("breaking", StringComparison.Ordinal) ? 2 : 1, planned);
        if (actions.Contains("correct", StringComparison.Ordinal))
        {
            // The queued alert went as the last correction's version, its note in the text; no follow-up went to this reader.
            var sent = (await inbox.ListMessagesAsync(email, CancellationToken.None)).Single(m => m.Subject?.Contains(tag, StringComparison.Ordinal) == true);
            Assert.Contains(CorrectionNote(actions.Split(',').Length), sent.TextBody ?? sent.HtmlBody, StringComparison.Ordinal);
        }

        if (emails == 0)
        {
            Assert.All(status.Where(r => r.GetProperty("notSent").GetInt32() > 0), r => Assert.Contains("withdrawn", r.GetProperty("reasons").ToString(), StringComparison.Ordinal));
        }
    }

    private static KeyValuePair<string, string>[] Notes(string action, int number) => action switch
    {
        "retract" => [new("retractionNote", "Not verified.")],
        "correct" => [new("correctionNote", CorrectionNote(number))],
        _ => [],
    };

    private static string CorrectionNote(int number) => $"Correction {number}: the truce began on Monday.";
}
