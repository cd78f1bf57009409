namespace NewsAlerts.Functions.EditorConsole;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Editor;
using NewsAlerts.Core.FollowUps;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Privacy;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Functions.Pages;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Layout;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Pages.Forms;

/// <summary>
/// What the console's pages share: the dry run and its preview (reach, the messages composed as the dispatcher composes
/// them, the SMS cost), publishing with its audit entry, and a story's delivery tally. Editors only reach it through
/// functions that passed <c>EditorGate</c>.
/// </summary>
public sealed class StoryDesk(
    ArticleIngestion ingestion, SubscriberSync subscribers, IArticleStore articles, IAuditLog audit,
    AlertLinks links, IOptions<SmsOptions> sms, PageResponder pages, TimeProvider time, IRecentArticles recent, EmailPreviewTickets emailPreviews,
    StoryDigestStatus digestStatus, StoryLedgerStatus ledgerStatus, ContactMask mask, IEditorSettings settings, SideReads side)
{
    /// <summary>How many recent stories the console lists, from how many days back.</summary>
    public const int RecentShown = 30;

    private const int RecentDays = 7;

    /// <summary>
    /// The console: who is signed in, recent stories, the publish form (with <paramref name="values"/> and
    /// <paramref name="errors"/> of a refused post) starting on the editor's desk language, and the desk language form
    /// (<paramref name="deskSaved"/>: just saved).
    /// </summary>
    public async Task<IActionResult> ConsoleAsync(
        Editor editor, IReadOnlyDictionary<string, string>? values, IReadOnlyList<PageError>? errors, CancellationToken cancellationToken, bool deskSaved = false)
    {
        ArgumentNullException.ThrowIfNull(editor);
        var stories = await recent.ListRecentAsync(RecentShown, RecentDays, cancellationToken);
        var deskLanguage = DeskLanguage.Of(await settings.GetDeskLanguageAsync(editor.Id, cancellationToken));
        return await pages.RenderAsync<ConsolePage>(new Dictionary<string, object?>
        {
            [nameof(ConsolePage.EditorName)] = editor.Name,
            [nameof(ConsolePage.Source)] = EditorHomeFunction.Describe(editor.Source),
            [nameof(ConsolePage.SignOutHidden)] = editor.Source is EditorSource.DevSignIn or EditorSource.MicrosoftSignIn ? pages.Hidden(EditorSignInFunction.SignOutForm, FormTokens.Anyone) : null,
            [nameof(ConsolePage.SignOutLink)] = editor.Source == EditorSource.Platform ? "/.auth/logout" : null,
            [nameof(ConsolePage.Stories)] = stories,
            [nameof(ConsolePage.PublishHidden)] = pages.Hidden(ConsoleForms.Publish, ConsoleForms.Subject(editor)),
            [nameof(ConsolePage.Values)] = values ?? new Dictionary<string, string>(),
            [nameof(ConsolePage.Errors)] = errors ?? [],
            [nameof(ConsolePage.DeskHidden)] = pages.Hidden(ConsoleForms.Desk, ConsoleForms.Subject(editor)),
            [nameof(ConsolePage.DeskLanguage)] = deskLanguage,
            [nameof(ConsolePage.DeskSaved)] = deskSaved,
        }, errors is { Count: > 0 } ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    /// <summary>Who <paramref name="editor"/> is in the audit.</summary>
    public static EditorIdentity IdentityOf(Editor editor)
    {
        ArgumentNullException.ThrowIfNull(editor);
        return new EditorIdentity(editor.Name, editor.Source.ToString());
    }

    /// <summary>How many audit entries a story page shows (and sums for its planned alerts).</summary>
    public const int AuditShown = 50;

    /// <summary>The stored story, or null.</summary>
    public Task<Article?> GetAsync(string articleId, CancellationToken cancellationToken) => articles.GetAsync(articleId, cancellationToken);

    /// <summary>
    /// The preview page of <paramref name="article"/> for <paramref name="editor"/>: its dry run, its messages and their
    /// cost (the email in a frame of its own, <see cref="EmailPreviewFunction"/>), and a button posting
    /// <paramref name="confirmHidden"/> to <paramref name="confirmAction"/> when the version would be stored.
    /// </summary>
    public async Task<IActionResult> PreviewAsync(
        Editor editor, Article article, string confirmAction, IReadOnlyList<KeyValuePair<string, string>> confirmHidden, string button, bool danger, string backLink,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        await subscribers.EnsureLoadedAsync(cancellationToken);
        var result = await ingestion.IngestAsync(article, dryRun: true, cancellationToken);
        var stores = result.Decision is VersionDecision.NewStory or VersionDecision.Upgrade or VersionDecision.Correction
            or VersionDecision.Withdrawal or VersionDecision.MajorCorrection;
        // As values, so each language's email words it as the email channel does for its readers (ReasonWords).
        var reason = result.Decision is VersionDecision.Withdrawal or VersionDecision.MajorCorrection
            ? FollowUpPlanner.Reason
            : result.Samples.FirstOrDefault() is { } sample ? sample.ReasonValues ?? sample.Reason : "an example topic matched";
        var now = time.GetUtcNow();
        var content = MessagePreviews.ContentOf(article);
        // Texts are counted by country and language and each language's text composed as the sender composes it for
        // that language, so the segments priced are those of the texts that will go.
        var texts = result.SmsByCountry ?? [];
        // Emails likewise: each language with readers gets its email, composed by the sender's composer in that language.
        var messages = MessagePreviews.Of(content, reason, links, now, SmsCountries.ByLanguage(texts), result.EmailsByLanguage, mask);
        var emailSources = messages.Emails.ToDictionary(
            e => e.Count.Language,
            e => EmailPreviewFunction.Source(emailPreviews.Issue(editor, new EmailPreviewTicket(content, e.Reason, now, Language: e.Count.Language))),
            StringComparer.Ordinal);
        var settings = sms.Value;
        var cost = SmsCostEstimate.Of(texts, messages.SegmentsOf, settings.PricePerSegment);
        return await pages.RenderAsync<PreviewPage>(new Dictionary<string, object?>
        {
            [nameof(PreviewPage.Headline)] = article.Headline,
            [nameof(PreviewPage.Language)] = article.Language,
            [nameof(PreviewPage.Result)] = result,
            [nameof(PreviewPage.Messages)] = messages,
            [nameof(PreviewPage.EmailSources)] = emailSources,
            [nameof(PreviewPage.Cost)] = cost,
            [nameof(PreviewPage.Currency)] = settings.PriceCurrency,
            [nameof(PreviewPage.ConfirmAction)] = confirmAction,
            [nameof(PreviewPage.ConfirmHidden)] = stores ? confirmHidden : null,
            [nameof(PreviewPage.ConfirmButton)] = button,
            [nameof(PreviewPage.Danger)] = danger,
            [nameof(PreviewPage.BackLink)] = backLink,
        }, stores ? StatusCodes.Status200OK : StatusCodes.Status409Conflict, framesSelf: true);
    }

    /// <summary>Publishes <paramref name="article"/> for real and audits it as done by <paramref name="editor"/>.</summary>
    public async Task<IngestResult> PublishAsync(Article article, EditorIdentity editor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        await subscribers.EnsureLoadedAsync(cancellationToken);
        var result = await ingestion.IngestAsync(article, dryRun: false, cancellationToken);
        if (AuditEntries.Of(article, result, editor, time.GetUtcNow()) is { } entry)
        {
            await audit.AddAsync(entry, cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// The story's audit (newest first) and its delivery: the alert by channel (first publication and upgrades share
    /// one ledger partition: one alert per story and recipient), then each retraction's or major correction's
    /// follow-ups by channel, oldest first (their own partitions, <see cref="DeliveryBatch.LedgerKeyOf"/>), each
    /// against what its audit entry planned; and its email digest entries (<see cref="StoryDigestStatus"/>). Once
    /// <paramref name="story"/> reads withdrawn, what will not go (the alert's and corrections' messages still to come,
    /// digest entries pending or dropped) counts as not sent, "story withdrawn", at once (trial r43 #12). Each part (audit,
    /// delivery, digests) is a side read (<see cref="SideReads"/>): one that fails is named in <see cref="StoryStatus.Unread"/>
    /// and left empty, and the others are shown (trial s44).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="story"/> is null.</exception>
    public async Task<StoryStatus> StatusAsync(Article story, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(story);
        var articleId = story.Id;
        var withdrawn = story.IsWithdrawn;
        var unread = new List<string>();
        var auditRead = await side.ReadAsync("story.audit", () => audit.ListAsync(articleId, AuditShown, cancellationToken), cancellationToken);
        if (auditRead.Unread)
        {
            unread.Add(StoryParts.Audit);
        }

        var entries = auditRead.Value ?? [];
        var alerts = entries.Where(e => e.Action is EditorAction.Published or EditorAction.Upgraded or EditorAction.Updated).ToList();
        // A story from a feed or WebSub has no audit entry: nothing says what was planned, so the ledger alone is shown.
        var audited = alerts.Count > 0;
        var tallies = new List<ChannelTally>();
        async Task AddAsync(Func<Task<ChannelTally>> tally)
        {
            // A ledger read that fails leaves its row out, and the page says the delivery could not all be read.
            var read = await side.ReadAsync("story.delivery", tally, cancellationToken);
            if (read.Value is { } row)
            {
                tallies.Add(row);
            }
            else if (!unread.Contains(StoryParts.Delivery))
            {
                unread.Add(StoryParts.Delivery);
            }
        }

        await AddAsync(() => TallyAsync(articleId, Channel.Email, audited ? alerts.Sum(e => e.Emails) : null, default, 0, withdrawn, cancellationToken));
        await AddAsync(() => TallyAsync(articleId, Channel.Sms, audited ? alerts.Sum(e => e.Texts) : null, ScheduledOf(alerts), alerts.Sum(e => e.TextsHeld), withdrawn, cancellationToken));
        foreach (var followUp in entries.Where(e => e.Action is EditorAction.Retracted or EditorAction.Corrected).Reverse())
        {
            var (kind, notice) = followUp.Action == EditorAction.Retracted
                ? (MessageKind.WithdrawalFollowUp, NoticeKind.Withdrawn)
                : (MessageKind.CorrectionFollowUp, NoticeKind.Corrected);
            var key = DeliveryBatch.LedgerKeyOf(articleId, followUp.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), notice);
            // A withdrawal's own follow-ups go; a correction's still to come are superseded by it (FollowUpDecisions).
            var superseded = withdrawn && notice == NoticeKind.Corrected;
            foreach (var (channel, planned, scheduled, held) in new[]
            {
                (Channel.Email, followUp.Emails, default(ScheduledSplit), 0),
                (Channel.Sms, followUp.Texts, ScheduledOf([followUp]), followUp.TextsHeld),
            })
            {
                await AddAsync(async () => await TallyAsync(key, channel, planned, scheduled, held, superseded, cancellationToken) with { Kind = kind, Version = followUp.Version });
            }
        }

        var dropped = entries.Where(e => e.Action == EditorAction.Retracted).Sum(e => e.DigestEntriesDropped);
        var digests = await side.ReadAsync("story.digests", () => digestStatus.GetAsync(articleId, cancellationToken, withdrawn, dropped), cancellationToken);
        if (digests.Unread)
        {
            unread.Add(StoryParts.Digests);
        }

        return new StoryStatus(entries, tallies, digests.Value ?? NoDigests, unread);
    }

    // The digest tally of a story whose digest entries could not be read: nothing counted.
    private static readonly DigestTally NoDigests = new(0, null, 0, 0, 0, 0, 0, [], 0, false);

    // Scheduled only while the end of quiet hours is to come; after it (and a grace) a text with no row is overdue (issue 16).
    private ScheduledSplit ScheduledOf(IEnumerable<AuditEntry> entries) =>
        ScheduledTexts.Split(entries.Select(e => (e.TextsScheduled, e.TextsScheduledUntil)), time.GetUtcNow());

    private async Task<ChannelTally> TallyAsync(
        string ledgerKey, Channel channel, int? planned, ScheduledSplit scheduled, int held, bool storyWithdrawn, CancellationToken cancellationToken)
    {
        // What changed since the last poll, not the whole partition (StoryLedgerStatus).
        var rows = await ledgerStatus.RowsAsync(ledgerKey, channel, cancellationToken);
        return DeliveryTally.Of(channel, rows, planned, scheduled, held, mask, storyWithdrawn);
    }
}
