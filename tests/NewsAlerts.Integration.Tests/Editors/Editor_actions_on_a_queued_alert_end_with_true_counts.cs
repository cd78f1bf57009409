namespace NewsAlerts.Integration.Tests.Editors;

using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.FollowUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Functions.Editors;
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
        console = await TestFunctionHost.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?> { ["Editor:DevSignIn"] = "true" });

    public async Task DisposeAsync() => await console.DisposeAsync();

    [Theory]
    [InlineData("breaking", 1, 1)]
    [InlineData("breaking,breaking", 1, 1)]
    [InlineData("breaking,retract", 0, 0)]
    [InlineData("retract", 0, 0)]
    [InlineData("republish", 1, 0)]
    [InlineData("correct", 1, 0)]
    [InlineData("correct,correct", 1, 0)]
    [InlineData("correct,correct,correct", 1, 0)]
    // The reader changed their settings while the email was queued: judged by what was queued, not by today's settings.
    [InlineData("texts-for-urgency-3,breaking", 1, 1)]
    [InlineData("daily-digest,breaking", 1, 1)]
    public async Task The_alert_goes_once_or_not_at_all_and_the_story_counts_it(string actions, int emails, int texts)
    {
        var (tag, email, phone, reader) = await ReaderAsync();
        using var erin = Browser("Erin");
        var (story, preview) = await PublishAsync(erin, tag, urgency: 3);

        // A page opened before the first action: a second "flag as breaking" comes from it (a second tab), as the page
        // shows no such button once the story is breaking.
        var opened = await erin.GetStringAsync(new Uri(story.TrimStart('/'), UriKind.Relative));
        var done = new HashSet<string>(StringComparer.Ordinal);
        var corrections = 0;
        foreach (var action in actions.Split(','))
        {
            if (await ChangedSettingsAsync(reader, action))
            {
                continue;
            }

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

        await using var dispatcher = await DispatcherAsync();
        using var inbox = new Smtp4devInbox(fixture.Stack.SmtpInbox);
        await SettledAsync(erin, story, inbox, (tag, email, phone), emails, texts);
        var status = await StoryStatus.RowsAsync(erin, story);
        var digests = await StoryStatus.DigestsAsync(erin, story);
        var planned = status.Sum(r => r.GetProperty("sent").GetInt32() + r.GetProperty("delivered").GetInt32() + r.GetProperty("failed").GetInt32() + r.GetProperty("notSent").GetInt32());
        Assert.True(
            (actions.Contains("breaking", StringComparison.Ordinal) ? 2 : 1) == planned,
            $"{planned} counted sent, delivered, failed or not sent: {string.Join("; ", status.Select(r => r.ToString()))}");
        if (actions.Contains("correct", StringComparison.Ordinal))
        {
            // The queued alert went as the last correction's version led by every correction's note, oldest first; no
            // follow-up went to this reader.
            var sent = (await inbox.ListMessagesAsync(email, CancellationToken.None)).Single(m => m.Subject?.Contains(tag, StringComparison.Ordinal) == true);
            var text = sent.TextBody ?? sent.HtmlBody ?? string.Empty;
            var at = Enumerable.Range(1, corrections).Select(n => text.IndexOf(CorrectionNote(n), StringComparison.Ordinal)).ToList();
            Assert.True(at.All(i => i >= 0) && at.SequenceEqual(at.Order()), $"every note in order: {string.Join(", ", at)} in {text}");
        }

        // Nothing of the story went into a digest (a reader who switched to one already had the email queued).
        Assert.Equal((0, 0), (digests.GetProperty("waiting").GetInt32(), digests.GetProperty("inDigest").GetInt32()));
        if (emails == 0)
        {
            Assert.All(status.Where(r => r.GetProperty("notSent").GetInt32() > 0), r => Assert.Contains("withdrawn", r.GetProperty("reasons").ToString(), StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// Review (issue 17): a follow-up was planned for a claim seen after the withdrawal or correction was stored, and went
    /// even when that claim's send was then skipped, so the reader got a notice for a story never received. The claim is
    /// made here as a dispatcher would; the editor acts; the claimer then records the alert skipped (the reader paused);
    /// a dispatcher starts. The follow-up is decided at its send on the row as it stands then: not sent, and the console
    /// says why, on both channels; the sinks received nothing of the story.
    /// </summary>
    [Theory]
    [InlineData("retract")]
    [InlineData("correct")]
    public async Task A_follow_up_planned_for_a_claim_that_then_was_not_sent_is_not_sent(string action)
    {
        var (tag, email, phone, signedUp) = await ReaderAsync();
        var reader = signedUp.Subscriber.Id;
        using var erin = Browser("Erin");
        var (story, _) = await PublishAsync(erin, tag, urgency: 2);
        var articleId = NewsAlerts.Pages.Editor.StoryKeys.IdOf(story[(story.LastIndexOf('/') + 1)..])!;
        var ledger = console.Services.GetRequiredService<IDeliveryLedger>();
        foreach (var channel in new[] { Channel.Email, Channel.Sms })
        {
            Assert.Equal(ClaimResult.Claimed, (await ledger.ClaimAsync(articleId, channel, [reader], CancellationToken.None))[reader]);
        }

        var page = await erin.GetStringAsync(new Uri(story.TrimStart('/'), UriKind.Relative));
        var (_, confirmation) = await HtmlForms.PostAsync(erin, HtmlForms.WithStep(page, action), Notes(action, 1)).WaitAsync(Deadline);
        var (confirmed, _) = await HtmlForms.PostAsync(erin, HtmlForms.WithStep(confirmation, "confirm")).WaitAsync(Deadline);
        Assert.Equal(HttpStatusCode.SeeOther, confirmed.StatusCode);
        var planned = (await StoryStatus.RowsAsync(erin, story)).Where(r => r.GetProperty("kind").GetString() != "Alert").ToList();
        Assert.Equal(2, planned.Sum(r => r.GetProperty("queued").GetInt32()));
        foreach (var channel in new[] { Channel.Email, Channel.Sms })
        {
            await ledger.RecordAsync(articleId, channel, [new LedgerRecord(reader, LedgerState.Skipped, null, "paused", 1)], CancellationToken.None);
        }

        await using var dispatcher = await DispatcherAsync();
        using var inbox = new Smtp4devInbox(fixture.Stack.SmtpInbox);
        await SettledAsync(erin, story, inbox, (tag, email, phone), emails: 0, texts: 0);
        var followUps = (await StoryStatus.RowsAsync(erin, story)).Where(r => r.GetProperty("kind").GetString() != "Alert").ToList();
        Assert.Equal(2, followUps.Count);
        Assert.All(followUps, r => Assert.Equal((1, 0, 0), (r.GetProperty("notSent").GetInt32(), r.GetProperty("sent").GetInt32(), r.GetProperty("queued").GetInt32())));
        Assert.All(followUps, r => Assert.Contains(FollowUpDecisions.NotReceivedReason, r.GetProperty("reasons").ToString(), StringComparison.Ordinal));
    }

    // A confirmed reader of a fresh topic by email and SMS (texts for urgency 2 and above), everything as it happens.
    private async Task<(string Tag, string Email, string Phone, ConfirmedSignUp Reader)> ReaderAsync()
    {
        var tag = "Zk" + Guid.NewGuid().ToString("N")[..8];
        var (email, phone) = ($"reader-{tag}@example.com", TestPhones.NewValid());
        var reader = await SignUps.ConfirmedAsync(console, new SubscriberRequest(email, phone, "UTC", [(tag, false)], 2, NewsAlerts.Core.Policy.DeliveryPreferences.AsItHappens));
        return (tag, email, phone, reader);
    }

    // The reader changes a setting as the preference centre would (true), or the action is the editor's (false).
    private async Task<bool> ChangedSettingsAsync(ConfirmedSignUp reader, string action)
    {
        var settings = action switch
        {
            "texts-for-urgency-3" => new SubscriberSettings(null, 3),
            "daily-digest" => new SubscriberSettings(null, null, new NewsAlerts.Core.Policy.PreferencesChange(
                JsonDocument.Parse("""{"email": {"frequency": "daily", "at": "07:00"}}""").RootElement.Clone())),
            _ => null,
        };
        if (settings is null)
        {
            return false;
        }

        var changed = await console.Services.GetRequiredService<SubscriberService>().ChangeSettingsAsync(reader.Subscriber.Id, reader.ManageToken, settings, CancellationToken.None);
        Assert.Equal(SubscriberOutcomeKind.Ok, changed.Kind);
        return true;
    }

    // Publishes a story about the tag through the console's forms: its page path and the preview page it was confirmed from.
    private static async Task<(string Story, string Preview)> PublishAsync(HttpClient erin, string tag, int urgency)
    {
        var home = await erin.GetStringAsync(new Uri("editor", UriKind.Relative));
        var fields = new KeyValuePair<string, string>[]
        {
            new("headline", $"Truce holds in {tag}"), new("body", $"Fighting stopped in {tag}."), new("urgency", urgency.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        var (_, preview) = await HtmlForms.PostAsync(erin, HtmlForms.Of(home).Single(f => f.Action == "/editor/preview"), fields);
        var (published, _) = await HtmlForms.PostAsync(erin, HtmlForms.Of(preview).Single()).WaitAsync(Deadline);
        Assert.Equal(HttpStatusCode.SeeOther, published.StatusCode);
        return (published.Headers.Location!.OriginalString, preview);
    }

    // A second host on the console's tables that runs the dispatcher.
    private Task<TestFunctionHost> DispatcherAsync() =>
        TestFunctionHost.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?> { ["Storage:TablePrefix"] = console.TablePrefix }, runDispatcher: true);

    // Waits until every count of the story is final with the messages handed over, then until the sinks hold exactly those.
    private async Task SettledAsync(HttpClient erin, string story, Smtp4devInbox inbox, (string Tag, string Email, string Phone) reader, int emails, int texts)
    {
        using var sink = new SmsSinkInbox(fixture.Stack.SmsSink);
        try
        {
            await Eventually.TrueAsync(
                // A withdrawn story counts what will not go as not sent at once (trial r43 #12), before the dispatcher has
                // claimed and skipped it: settled once none is counted so only by the withdrawal ("withdrawn" 0), every
                // alert being on the ledger, so a claim made after the first look cannot turn up as queued later.
                async () => (await StoryStatus.RowsAsync(erin, story)) is var rows && rows.All(r => r.GetProperty("queued").GetInt32() == 0)
                    && rows.All(r => !r.TryGetProperty("withdrawn", out var withdrawn) || withdrawn.GetInt32() == 0)
                    && StoryStatus.Handed(rows, "Email") == emails && StoryStatus.Handed(rows, "Sms") == texts,
                "every count of the story reaches its final state", Deadline);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message} Status: {string.Join(", ", (await StoryStatus.RowsAsync(erin, story)).Select(r => r.ToString()))}", e);
        }

        // The sinks took exactly what the story counts (a second copy would arrive within the dispatcher's same pass).
        await Eventually.TrueAsync(
            async () => (await inbox.ListMessagesAsync(reader.Email, CancellationToken.None)).Count(m => m.Subject?.Contains(reader.Tag, StringComparison.Ordinal) == true) == emails
                && (await sink.MessagesToAsync(reader.Phone, CancellationToken.None)).Count(m => m.GetProperty("body").GetString()!.Contains(reader.Tag, StringComparison.Ordinal)) == texts,
            "the sinks received what the story counts", Deadline);
    }

    private static KeyValuePair<string, string>[] Notes(string action, int number) => action switch
    {
        "retract" => [new("retractionNote", "Not verified.")],
        "correct" => [new("correctionNote", CorrectionNote(number))],
        _ => [],
    };

    private static string CorrectionNote(int number) => $"Correction {number}: the truce began on Monday.";

    private HttpClient Browser(string name)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = console.Client.BaseAddress, Timeout = Deadline };
        client.DefaultRequestHeaders.Add("Cookie", $"{EditorSessions.CookieName}={console.Services.GetRequiredService<EditorSessions>().Issue(name)}");
        return client;
    }
}
