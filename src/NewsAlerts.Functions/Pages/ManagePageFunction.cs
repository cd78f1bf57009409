namespace NewsAlerts.Functions.Pages;

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.History;
using NewsAlerts.Core.Pausing;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.RateLimits;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Core.Validation;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Functions.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Confirm;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Languages;
using NewsAlerts.Pages.Layout;
using NewsAlerts.Pages.Manage;
using NewsAlerts.Pages.Messages;
using NewsAlerts.Pages.Topics;

/// <summary>
/// The preference centre, <c>/manage</c>: <c>GET ?token=</c> (the manage link) shows it; every form on it posts to
/// <c>/manage</c> with <c>formToken</c>, the manage <c>token</c> (a hidden field, never a link) and <c>step</c>:
/// <c>open</c> (303 to the manage link's page), <c>topics</c> (<c>topics</c> and the topic builder's rows; <c>action=preview</c> only shows them), <c>settings</c> (<c>emailFrequency</c>, <c>digestTime</c>,
/// <c>weekday</c>, <c>quietStart</c>, <c>quietEnd</c>, <c>smsMaxUrgency</c>, <c>timeZone</c>, <c>language</c>, <c>languages</c>: the boxes ticked, none clears the list),
/// <c>resend</c> (confirmations for unconfirmed contacts), <c>pause</c> (<c>pause</c>: <c>1d</c>, <c>1w</c>, <c>date</c>,
/// <c>untilResumed</c>; <c>pauseUntil</c>: <c>yyyy-MM-dd</c>), <c>resume</c>, <c>stop</c> (asks "stop everything?"),
/// <c>stopConfirmed</c> (stops everything and deletes the history), <c>email</c> or
/// <c>phone</c> (add or change the address, <c>newEmail</c>, or number, <c>newPhone</c>: confirmed first, see
/// <see cref="ContactChanges"/>), <c>cancelEmail</c> or <c>cancelPhone</c> (cancel that change) and <c>code</c> (the
/// texted <c>code</c> of a number waiting for it, <see cref="WaitingCodes"/>). The page lists
/// what they received in the last 30 days (<see cref="IAlertHistory"/>). Changes go through
/// <see cref="SubscriberService"/> and the API's parsers, as <c>/api/subscribers/{id}</c> does. A form that succeeds
/// answers 303 See Other to <c>GET /manage?token=…&amp;done=…</c> (<see cref="ManageNotices"/>), so Back or a reload
/// never posts it again; a form with errors answers the page with them (400). The topics, settings, pause and resume
/// forms carry <c>version</c>, the subscriber's version they were rendered from (<see cref="SubscriberVersions"/>): one
/// posted after the subscriber changed elsewhere (another tab, the API, a STOP text) writes nothing and answers the
/// page as it is now with a notice (409).
/// </summary>
public sealed class ManagePageFunction(
    PageResponder pages, SubscriberService subscribers, SignUpService signUps, TokenSigner tokens, ConfirmationGate gate, ConfirmationMessages confirmations,
    IAlertHistory history, TimeProvider time, TextablePhones phones, IOptions<TwilioOptions> twilio, ContactChangeNotifier changes,
    SuppressionList suppressions, IArticleStore articles, SideReads side)
{
    // A Messaging Service picks the sender itself: then the page cannot name our number.
    private readonly string? ourNumber = string.IsNullOrWhiteSpace(twilio?.Value.MessagingServiceSid) && !string.IsNullOrWhiteSpace(twilio?.Value.FromNumber)
        ? twilio.Value.FromNumber
        : null;

    /// <summary>The form name of the preference centre's forms (the form token's subject is the subscriber id).</summary>
    public const string FormName = "manage";

    // The done value after stopping everything: a page of its own rather than a notice.
    private const string Stopped = "stopped";

    /// <summary>Shows the preference centre or handles one of its forms.</summary>
    [Function("ManagePage")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "post", Route = "manage")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        PageResponder.UseLanguage(request);
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            var manageToken = request.Query["token"].ToString();
            var done = request.Query[ManageNotices.Field].ToString();
            // Read once for the whole page (issue 16: page time): the stopped page and the preference centre both need it.
            var read = tokens.Verify(manageToken, TokenPurpose.Manage) is { } reader ? await subscribers.GetAsync(reader.SubscriberId, manageToken, cancellationToken) : null;
            return await StoppedPageAsync(request, read, done == Stopped, done == Stopped ? null : ManageNotices.Of(done), cancellationToken) is { } stoppedPage
                ? stoppedPage
                : await ShowAsync(manageToken, null, null, cancellationToken, done: done, read: read);
        }

        var (form, unreadable) = await pages.ReadFormAsync(request, cancellationToken);
        if (unreadable is not null)
        {
            return unreadable;
        }
        PageResponder.UseLanguage(request, form);
        var token = form["token"].ToString();
        if (tokens.Verify(token, TokenPurpose.Manage) is not { } verified)
        {
            return await ManageLinkPageFunction.FormAsync(pages, PageStrings.ManageLinkNotValidMessage, FormState.Empty, StatusCodes.Status403Forbidden);
        }

        var id = verified.SubscriberId;
        if (await pages.RefuseAsync(request, form, FormName, id) is { } refused)
        {
            return refused;
        }

        var fields = form.Keys.ToDictionary(k => k, k => form[k].ToString(), StringComparer.Ordinal);
        return form["step"].ToString() switch
        {
            "open" => Open(request, token),
            "topics" => await ChangeTopicsAsync(request, id, token, fields, false, cancellationToken),
            "settings" => await ChangeSettingsAsync(request, id, token, fields, false, cancellationToken),
            "resend" => await ResendAsync(request, id, token, ResendChannel.Of(fields.GetValueOrDefault(ResendChannel.Field)), cancellationToken),
            "pause" => await PauseAsync(request, id, token, fields, cancellationToken),
            "resume" => await ChangePauseAsync(request, id, token, fields, PauseChange.Resume, ManageNotices.Resumed, cancellationToken),
            "stop" => await AskStopAsync(id, token),
            "stopConfirmed" => await StopAsync(request, id, token, cancellationToken),
            "email" => await ChangeContactAsync(request, id, token, fields, Channel.Email, cancellationToken),
            "phone" => await ChangeContactAsync(request, id, token, fields, Channel.Sms, cancellationToken),
            "cancelEmail" => await CancelContactChangeAsync(request, id, token, Channel.Email, cancellationToken),
            "cancelPhone" => await CancelContactChangeAsync(request, id, token, Channel.Sms, cancellationToken),
            "code" => await ConfirmCodeAsync(request, id, token, fields, cancellationToken),
            _ => await pages.MessageAsync(PageStrings.ForbiddenTitle, PageStrings.ForbiddenMessage, StatusCodes.Status403Forbidden),
        };
    }

    /// <summary>
    /// The preference centre for the manage <paramref name="token"/>'s subscriber; <paramref name="state"/> replaces the
    /// stored values (a form with errors), <paramref name="notice"/> is shown on top. 403 or 404 pages otherwise.
    /// </summary>
    /// <remarks>
    /// <paramref name="done"/>: the <see cref="ManageNotices.Field"/> value whose notice to show (worded in the subscriber's
    /// language) when <paramref name="notice"/> is null. <paramref name="read"/>: the subscriber as the caller read it
    /// for this token in this request (null reads it). The page's other reads (recent alerts, the waiting change of
    /// contact, the suppression list) depend only on the subscriber, so they go at once, not one after another.
    /// </remarks>
    public async Task<IActionResult> ShowAsync(
        string token, FormState? state, string? notice, CancellationToken cancellationToken, int status = StatusCodes.Status200OK, string? done = null,
        SubscriberOutcome? read = null)
    {
        if (tokens.Verify(token, TokenPurpose.Manage) is not { } verified)
        {
            return await ManageLinkPageFunction.FormAsync(pages, PageStrings.ManageLinkNotValidMessage, FormState.Empty, StatusCodes.Status403Forbidden);
        }

        var id = verified.SubscriberId;
        var outcome = read ?? await subscribers.GetAsync(id, token, cancellationToken);
        if (outcome.Kind != SubscriberOutcomeKind.Ok)
        {
            return outcome.Kind == SubscriberOutcomeKind.NotFound
                ? await Gone()
                : await ManageLinkPageFunction.FormAsync(pages, PageStrings.ManageLinkNotValidMessage, FormState.Empty, StatusCodes.Status403Forbidden);
        }

        var subscriber = outcome.Subscriber!;
        // The preference centre speaks the subscriber's language (issue 16), whatever the browser's.
        PageCulture.Use(PageLanguage.ForSubscriber(subscriber.Language));
        notice ??= done is null ? null : ManageNotices.Of(done);
        // The tag without its quotes: a plain token in the form (base64url: nothing to escape).
        var version = (outcome.Version ?? SubscriberVersions.Missing).Trim('"');
        var now = time.GetUtcNow();
        // What they received and what waits for a link or code are side parts (SideReads): a storage failure there is
        // said in that part, and the page works (trial s44: a failed read of the waiting sign-up failed the page).
        var recentRead = side.ReadAsync("manage.recent", () => RecentAsync(subscriber.Id, now, cancellationToken), cancellationToken);
        var changeRead = side.ReadAsync("manage.contactChange", () => signUps.ContactChangeAsync(subscriber, cancellationToken), cancellationToken);
        var seenRead = SnapshotAsync(subscriber, now, cancellationToken);
        var waitingRead = IsStopped(subscriber)
            ? Task.FromResult(SideRead<WaitingSignUp?>.Of(null))
            : side.ReadAsync("manage.waitingSignUp", () => signUps.WaitingSignUpAsync(subscriber, cancellationToken), cancellationToken);
        await Task.WhenAll(recentRead, changeRead, seenRead, waitingRead);
        var recent = await recentRead;
        var change = await changeRead;
        var waiting = await waitingRead;
        var (pendingEmail, pendingPhone, code) = change.Value;
        var seen = await seenRead;
        // The subscriber's own stopped address typed as a change is a come-back (trial r43 #5): shown in the way back, not
        // as "waiting for you to confirm the new address".
        var comeBackTo = pendingEmail is not null && IsOwnStoppedAddress(subscriber, pendingEmail) ? pendingEmail : null;
        pendingEmail = comeBackTo is null ? pendingEmail : null;
        var stored = ManageValues.Of(subscriber);
        var form = state is null ? new FormState(stored, []) : state with { Values = ManageRedisplay.Values(stored, state.Values) };
        var seenValues = SeenValues.Encode(stored);
        return await pages.RenderAsync<ManagePage>(new Dictionary<string, object?>
        {
            [nameof(ManagePage.Subscriber)] = subscriber,
            [nameof(ManagePage.Form)] = form,
            [nameof(ManagePage.Notice)] = notice,
            [nameof(ManagePage.OurNumber)] = ourNumber,
            [nameof(ManagePage.HasUnconfirmed)] = !IsStopped(subscriber) && (subscriber is { Email: not null, EmailStatus: not ContactStatus.Confirmed }
                || subscriber is { Phone: not null, SmsStatus: ContactStatus.Pending or ContactStatus.Disabled }),
            [nameof(ManagePage.Waiting)] = waiting.Value,
            [nameof(ManagePage.WaitsUnread)] = change.Unread || waiting.Unread,
            [nameof(ManagePage.PendingEmail)] = pendingEmail,
            [nameof(ManagePage.ComeBackTo)] = comeBackTo,
            [nameof(ManagePage.PendingPhone)] = pendingPhone,
            [nameof(ManagePage.Code)] = code,
            [nameof(ManagePage.EmailSuppressed)] = seen.EmailSuppressed,
            [nameof(ManagePage.PhoneSuppressed)] = seen.PhoneSuppressed,
            [nameof(ManagePage.CodeHidden)] = Hidden(id, token, "code"),
            [nameof(ManagePage.EmailHidden)] = Hidden(id, token, "email"),
            [nameof(ManagePage.PhoneHidden)] = Hidden(id, token, "phone"),
            [nameof(ManagePage.CancelEmailHidden)] = Hidden(id, token, "cancelEmail"),
            [nameof(ManagePage.CancelPhoneHidden)] = Hidden(id, token, "cancelPhone"),
            [nameof(ManagePage.TopicsHidden)] = Hidden(id, token, "topics", version, seen.Encoded, seenValues),
            [nameof(ManagePage.SettingsHidden)] = Hidden(id, token, "settings", version, seen.Encoded, seenValues),
            [nameof(ManagePage.ResendHidden)] = Hidden(id, token, "resend"),
            [nameof(ManagePage.StopHidden)] = Hidden(id, token, "stop"),
            [nameof(ManagePage.PauseHidden)] = Hidden(id, token, "pause", version, seen.Encoded, seenValues),
            [nameof(ManagePage.ResumeHidden)] = Hidden(id, token, "resume", version, seen.Encoded, seenValues),
            [nameof(ManagePage.Recent)] = recent.Value ?? [],
            [nameof(ManagePage.RecentUnread)] = recent.Unread,
            [nameof(ManagePage.Now)] = now,
            [nameof(ManagePage.PhoneHint)] = PhoneHints.For(phones.AllowedCountries),
        }, status);
    }

    // What they received in the last 30 days, each with its story's state now.
    private async Task<IReadOnlyList<HistoryRow>> RecentAsync(string subscriberId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await RowsAsync(AlertHistory.Shown(await history.RecentAsync(subscriberId, AlertHistory.Cutoff(now), AlertHistory.MaxShown, cancellationToken), now), cancellationToken);

    // Each story's latest version, read once per story and all at once, says whether it was withdrawn or corrected since.
    private async Task<IReadOnlyList<HistoryRow>> RowsAsync(IReadOnlyList<ReceivedAlert> shown, CancellationToken cancellationToken)
    {
        var ids = shown.Select(a => HistoryKeys.ArticleIdOf(a)).Distinct(StringComparer.Ordinal).ToList();
        var stored = await Task.WhenAll(ids.Select(id => articles.GetAsync(id, cancellationToken)));
        var current = ids.Zip(stored).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        return [.. shown.Select(a => HistoryRow.Of(a, current[HistoryKeys.ArticleIdOf(a)]))];
    }

    // A versioned form also carries what the page showed (ManageSnapshot, SeenValues), so a 409 can say what changed since.
    private IReadOnlyList<KeyValuePair<string, string>> Hidden(string id, string token, string step, string? version = null, string? seen = null, string? seenValues = null) =>
        version is null
            ? pages.Hidden(FormName, id, ("token", token), ("step", step))
            : pages.Hidden(FormName, id, ("token", token), ("step", step), ("version", version), (ManageSnapshot.Field, seen ?? string.Empty),
                (SeenValues.Field, seenValues ?? string.Empty));

    // Both contacts are looked up at once.
    private async Task<ManageSnapshot> SnapshotAsync(Subscriber subscriber, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var email = subscriber.Email is { } address ? suppressions.IsSuppressedAsync(Channel.Email, address, cancellationToken) : Task.FromResult(false);
        var phone = subscriber.Phone is { } number ? suppressions.IsSuppressedAsync(Channel.Sms, number, cancellationToken) : Task.FromResult(false);
        return new(subscriber.EmailStatus, subscriber.SmsStatus, await email, await phone, Pauses.IsPaused(subscriber, now));
    }

    // The subscriber is gone (stopped and deleted): the way back is signing up again, not a dead end.
    private Task<IActionResult> Gone() =>
        pages.MessageAsync(PageStrings.ManageTitle, PageStrings.ManageGoneMessage, StatusCodes.Status404NotFound,
            linkTo: new Uri("/signup", UriKind.Relative), linkText: PageStrings.StoppedSignUpLink);

    // The version a form was rendered from; a form without one predates versions and matches none.
    private static string VersionOf(IReadOnlyDictionary<string, string> fields) =>
        fields.GetValueOrDefault("version") is { Length: > 0 } version ? $"\"{version}\"" : SubscriberVersions.Missing;

    // Changed elsewhere since the form was rendered: merged three ways (ThreeWayMerge: what the page showed, what was
    // posted, what is stored now). With nothing in conflict and where alerts go unchanged, the topics or settings form is
    // saved once more on the merged values and the version read now (trial r43 #9: a topics save is not refused for a cap
    // changed in another tab). Otherwise nothing is written: the page as it is now, fields the person left alone showing
    // what was saved elsewhere and the ones they changed what they typed (issue 16: a 409 must not drop it), saying what
    // changed (a STOP text, an unsubscribe, a bounce...) and which fields both they and the other save changed.
    private async Task<IActionResult> StaleAsync(
        string id, string token, IReadOnlyDictionary<string, string> fields, Func<IReadOnlyDictionary<string, string>, Task<IActionResult>>? saveAgain,
        CancellationToken cancellationToken)
    {
        var typed = Posted(fields);
        var notice = PageStrings.ManageChangedElsewhere + " " + TypedValues.Sentence([]);
        if (await subscribers.GetAsync(id, token, cancellationToken) is { Kind: SubscriberOutcomeKind.Ok, Subscriber: { } subscriber } read)
        {
            var now = await SnapshotAsync(subscriber, time.GetUtcNow(), cancellationToken);
            var seen = ManageSnapshot.Parse(fields.GetValueOrDefault(ManageSnapshot.Field));
            var seenValues = SeenValues.Parse(fields.GetValueOrDefault(SeenValues.Field));
            var stored = ManageValues.Of(subscriber);
            var merged = ThreeWayMerge.Of(stored, typed, seenValues);
            // A form without a version predates versions (and the fingerprints): it writes nothing, as before.
            if (saveAgain is not null && seenValues is not null && merged.Conflicts.Count == 0 && now == seen && fields.GetValueOrDefault("version") is { Length: > 0 })
            {
                // The fields this form posts (and, for the settings form, its boxes), as merged.
                var again = new Dictionary<string, string>(fields, StringComparer.Ordinal);
                var boxes = ManageRedisplay.IsSettingsForm(typed) ? ManageRedisplay.Boxes : [];
                foreach (var key in typed.Keys.Concat(boxes).Distinct(StringComparer.Ordinal))
                {
                    if (merged.Values.TryGetValue(key, out var value))
                    {
                        again[key] = value;
                    }
                    else
                    {
                        again.Remove(key);
                    }
                }

                again["version"] = (read.Version ?? SubscriberVersions.Missing).Trim('"');
                again[SeenValues.Field] = SeenValues.Encode(stored);
                return await saveAgain(again);
            }

            typed = new Dictionary<string, string>(merged.Values.Where(v => typed.ContainsKey(v.Key) || ManageRedisplay.Boxes.Contains(v.Key)), StringComparer.Ordinal);
            var emailReason = subscriber.Email is { } email ? await suppressions.ReasonAsync(Channel.Email, email, cancellationToken) : null;
            var phoneReason = subscriber.Phone is { } phone ? await suppressions.ReasonAsync(Channel.Sms, phone, cancellationToken) : null;
            notice = ChangedElsewhere.Notice(seen, now, emailReason, phoneReason,
                TypedValues.Sentence([.. merged.Conflicts.Select(FieldLabels.Of).OfType<string>().Distinct(StringComparer.Ordinal)]));
        }

        return await ShowAsync(token, new FormState(typed, []), notice, cancellationToken, StatusCodes.Status409Conflict);
    }

    // Post/Redirect/Get for "Manage your alerts" (after confirming, or "keep my alerts"): the manage link's own page, so
    // a reload never posts again and the address bar holds a link that can be bookmarked, as the emailed link does.
    private static IActionResult Open(HttpRequest request, string token) =>
        EditorGate.SeeOther(request.HttpContext.Response, $"/manage?token={Uri.EscapeDataString(token)}");

    // Post/Redirect/Get: the page for the same manage link, with the notice of what was done.
    private static IActionResult Done(HttpRequest request, string token, string done) =>
        EditorGate.SeeOther(request.HttpContext.Response, $"/manage?token={Uri.EscapeDataString(token)}&{ManageNotices.Field}={Uri.EscapeDataString(done)}");

    // Every given address and number stopped (stop everything): nothing to resend, the way back is signing up again.
    private static bool IsStopped(Subscriber subscriber) => subscriber.StoppedEverywhere();

    // The subscriber's own address, which stopped getting alerts (unsubscribed, stopped everything, refused): confirming
    // it again is a come-back (PendingSignUp.ComesBack), not a change to a new address.
    private static bool IsOwnStoppedAddress(Subscriber subscriber, string address) =>
        subscriber is { Email: { } own, EmailStatus: ContactStatus.OptedOut or ContactStatus.Disabled }
        && ContactKeys.Of(Channel.Email, own) == ContactKeys.Of(Channel.Email, address);

    // merged: the fields are already ThreeWayMerge's after a 409 (saved again once at most).
    private async Task<IActionResult> ChangeTopicsAsync(
        HttpRequest request, string id, string token, IReadOnlyDictionary<string, string> fields, bool merged, CancellationToken cancellationToken)
    {
        var builderErrors = TopicBuilderFields.Errors(fields);
        if (fields.GetValueOrDefault(TopicBuilderFields.ActionField) == TopicBuilderFields.PreviewAction)
        {
            // The builder's "show my topics" (no script), or a row the parser refuses: the form again, nothing saved (said
            // so after "show my topics", trial r37 #1).
            return await ShowAsync(token, new FormState(builderErrors.Count > 0 ? Posted(fields) : TopicBuilderFields.AsPreviewed(Posted(fields)), builderErrors), null, cancellationToken, builderErrors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
        }

        var errors = new List<FieldError>();
        var lines = FormFields.TopicLines(fields.GetValueOrDefault("topics"));
        var json = JsonSerializer.SerializeToElement<JsonNode>(FormFields.TopicsChange(fields));
        var topics = SubscriberRequestParser.ParseTopics(json, errors, out var languages);
        if (builderErrors.Count > 0)
        {
            // Every wrong field in one answer: the topics box's too, not only the refused row's (trial r43 #8).
            return await ShowAsync(token, new FormState(Posted(fields), TopicBuilderFields.WithBuilderErrors(
                FormFields.Errors(errors, lines, TopicBuilderFields.Rows(fields)), builderErrors, fields)), null, cancellationToken, StatusCodes.Status400BadRequest);
        }

        if (errors.Count > 0)
        {
            return await InvalidAsync(token, fields, errors, lines, cancellationToken);
        }

        var outcome = await subscribers.ReplaceTopicsAsync(id, token, topics, cancellationToken, languages, VersionOf(fields));
        return await AfterChangeAsync(request, id, token, fields, outcome, lines,
            merged ? null : again => ChangeTopicsAsync(request, id, token, again, true, cancellationToken), cancellationToken);
    }

    private async Task<IActionResult> ChangeSettingsAsync(
        HttpRequest request, string id, string token, IReadOnlyDictionary<string, string> fields, bool merged, CancellationToken cancellationToken)
    {
        var parsed = SubscriberRequestParser.ParseSettings(JsonSerializer.SerializeToElement<JsonNode>(FormFields.SettingsChange(fields)));
        var languagesError = await LanguagesErrorAsync(id, token, fields, cancellationToken);
        if (!parsed.IsValid || languagesError is not null)
        {
            // A tampered box's one error, not also the parser's about the same value.
            IReadOnlyList<FieldError> errors = parsed.IsValid ? [] : languagesError is null ? parsed.Errors : [.. parsed.Errors.Where(e => !e.Field.StartsWith(ReadLanguages.Field, StringComparison.Ordinal))];
            return await InvalidAsync(token, fields, errors, [], cancellationToken, languagesError is null ? null : [languagesError]);
        }

        return await AfterChangeAsync(request, id, token, fields, await subscribers.ChangeSettingsAsync(id, token, parsed.Value!, cancellationToken, VersionOf(fields)), [],
            merged ? null : again => ChangeSettingsAsync(request, id, token, again, true, cancellationToken), cancellationToken);
    }

    // A language that is none of the boxes (a tampered form): the boxes are the offered languages and those stored, so
    // the stored list is read only when a posted language is not offered.
    private async Task<PageError?> LanguagesErrorAsync(string id, string token, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var posted = fields.GetValueOrDefault(ReadLanguages.Field);
        if (ReadLanguages.Error(posted, null) is null)
        {
            return null;
        }

        var stored = await subscribers.GetAsync(id, token, cancellationToken) is { Kind: SubscriberOutcomeKind.Ok, Subscriber: { } subscriber } ? subscriber.Languages : null;
        return ReadLanguages.Error(posted, stored);
    }

    private async Task<IActionResult> AfterChangeAsync(
        HttpRequest request, string id, string token, IReadOnlyDictionary<string, string> fields, SubscriberOutcome outcome, IReadOnlyList<(int Line, string Text)> lines,
        Func<IReadOnlyDictionary<string, string>, Task<IActionResult>>? saveAgain, CancellationToken cancellationToken) =>
        outcome.Kind switch
        {
            SubscriberOutcomeKind.Invalid => await InvalidAsync(token, fields, outcome.Errors ?? [new FieldError("$", outcome.Reason ?? "is not valid")], lines, cancellationToken),
            SubscriberOutcomeKind.Ok => Done(request, token, outcome.CapsCountFromNow ? ManageNotices.SavedCapsFromNow : ManageNotices.Saved),
            SubscriberOutcomeKind.Stale => await StaleAsync(id, token, fields, saveAgain, cancellationToken),
            _ => await ShowAsync(token, null, null, cancellationToken),
        };

    private Task<IActionResult> InvalidAsync(
        string token, IReadOnlyDictionary<string, string> fields, IReadOnlyList<FieldError> errors, IReadOnlyList<(int Line, string Text)> lines, CancellationToken cancellationToken,
        IReadOnlyList<PageError>? pageErrors = null)
    {
        return ShowAsync(
            token, new FormState(Posted(fields), [.. FormFields.Errors(errors, lines, TopicBuilderFields.Rows(fields)), .. pageErrors ?? []]), null, cancellationToken, StatusCodes.Status400BadRequest);
    }

    private async Task<IActionResult> PauseAsync(HttpRequest request, string id, string token, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var (change, error) = PauseFields.Read(fields);
        return change is null
            ? await InvalidAsync(token, fields, [], [], cancellationToken, [error!])
            : await ChangePauseAsync(request, id, token, fields, change, ManageNotices.Paused, cancellationToken);
    }

    private async Task<IActionResult> ChangePauseAsync(
        HttpRequest request, string id, string token, IReadOnlyDictionary<string, string> fields, PauseChange change, string done, CancellationToken cancellationToken)
    {
        var outcome = await subscribers.ChangeSettingsAsync(id, token, new SubscriberSettings(null, null, Pause: change), cancellationToken, VersionOf(fields));
        return outcome.Kind switch
        {
            SubscriberOutcomeKind.Invalid => await InvalidAsync(
                token, fields, [], [], cancellationToken, [.. (outcome.Errors ?? []).Select(e => PauseFields.ErrorOf(e, fields))]),
            SubscriberOutcomeKind.Ok => Done(request, token, done),
            SubscriberOutcomeKind.Stale => await StaleAsync(id, token, fields, null, cancellationToken),
            _ => await ShowAsync(token, null, null, cancellationToken),
        };
    }

    private static Dictionary<string, string> Posted(IReadOnlyDictionary<string, string> fields) =>
        fields.Where(f => f.Key is not ("token" or "step" or "formToken" or "action" or "version" or ManageSnapshot.Field or SeenValues.Field)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    // Sends again the confirmations still waiting (the address or number pending, a change of either), or one channel
    // only: the channel the button names ("Send me a new code": sms, "Send the link again": email; sub16b), whose other
    // channel's link or code keeps working, as the sign-up pages do; null (the general button) sends both.
    private async Task<IActionResult> ResendAsync(HttpRequest request, string id, string token, Channel? only, CancellationToken cancellationToken)
    {
        var (outcome, resend) = await signUps.PrepareResendForSubscriberAsync(id, token, cancellationToken);
        if (outcome.Kind != SubscriberOutcomeKind.Ok)
        {
            return await ShowAsync(token, null, null, cancellationToken);
        }

        // The sign-up's own address or number still waiting (the other joined first, issue 16 trial #5) is sent its link or
        // code again through that sign-up, with the sign-up pages' limits; confirming it joins this subscriber.
        // Read as the page reads it (a side part): unreadable now, the button sends what the subscriber's own changes hold.
        if (resend is null && only is { } channel
            && (await side.ReadAsync("manage.waitingSignUp", () => signUps.WaitingSignUpAsync(outcome.Subscriber!, cancellationToken), cancellationToken)).Value is { } waiting
            && (channel == Channel.Email ? waiting.Email : waiting.Phone) is not null)
        {
            return await ResendWaitingAsync(request, id, token, waiting, channel, cancellationToken);
        }

        // A number that replied STOP gets nothing: say so rather than claim a code went to it.
        var phoneStopped = only != Channel.Email && outcome.Subscriber is { Phone: not null, SmsStatus: not ContactStatus.Confirmed } && resend?.Phone is null;
        var email = only == Channel.Sms ? null : resend?.Email;
        var phone = only == Channel.Email ? null : resend?.Phone;
        if (resend is null || (email is null && phone is null))
        {
            return Done(request, token, ManageNotices.OfNothingResent(only, phoneStopped, otherWaits: resend is not null));
        }

        if (await gate.RefuseConfirmationsAsync(request, ClientAction.Resend, email, phone, cancellationToken) is { } refused)
        {
            return await pages.TooManyAsync(refused, backText: PageStrings.BackToPreferences, backAction: "/manage", backHidden: Hidden(id, token, "open"));
        }

        var started = await signUps.ResendAsync(resend, email: email is not null, sms: phone is not null, cancellationToken);
        await confirmations.SendAsync(request, started, cancellationToken);
        // A new code is entered on the preference centre itself (its code field shows while a number waits for one).
        // The notice tells what was sent: one confirmed meanwhile got nothing; the other channel's link or code still works.
        var otherWorks = only switch
        {
            Channel.Sms => signUps.LinkWorks(started.SignUp),
            Channel.Email => signUps.CodeWorks(started.SignUp),
            _ => false,
        };
        // Its own stopped address sent again is a come-back ("Start my alerts again"), worded as one (trial r43 #5).
        return Done(request, token, resend.ComesBack && started.EmailConfirmationToken is not null && started.SmsCode is null
            ? ManageNotices.ComeBackSent
            : ManageNotices.OfResend(started.EmailConfirmationToken is not null, started.SmsCode is not null, phoneStopped, otherWorks));
    }

    private async Task<IActionResult> ResendWaitingAsync(HttpRequest request, string id, string token, WaitingSignUp waiting, Channel channel, CancellationToken cancellationToken)
    {
        var email = channel == Channel.Email ? waiting.Email : null;
        var phone = channel == Channel.Sms ? waiting.Phone : null;
        if (await gate.RefuseConfirmationsAsync(request, ClientAction.Resend, email, phone, cancellationToken) is { } refused)
        {
            return await pages.TooManyAsync(refused, backText: PageStrings.BackToPreferences, backAction: "/manage", backHidden: Hidden(id, token, "open"));
        }

        var started = await signUps.ResendAsync(waiting.SignUp, email: email is not null, sms: phone is not null, cancellationToken);
        var notSent = await confirmations.SendAsync(request, started, cancellationToken);
        // A new code is entered on that sign-up's code page (the preference centre's code field is for its own changes).
        return phone is not null && !started.SmsCodeWithheld
            ? EditorGate.SeeOther(request.HttpContext.Response, SignUpSent.Location(started.SignUp.Id, email: false, sms: true, notSent, embed: false, PageCulture.Language, resent: true))
            : Done(request, token, ManageNotices.OfResend(started.EmailConfirmationToken is not null && !notSent.Contains("email"), codeSent: false, phoneStopped: started.SmsCodeWithheld, otherStillWorks: false));
    }

    // Adding or changing the address or number: validated as at sign-up, then a confirmation to the new one (rate
    // limited as at sign-up); the old one keeps receiving until it is confirmed.
    private async Task<IActionResult> ChangeContactAsync(
        HttpRequest request, string id, string token, IReadOnlyDictionary<string, string> fields, Channel channel, CancellationToken cancellationToken)
    {
        var field = channel == Channel.Email ? "newEmail" : "newPhone";
        var (contact, reason) = ContactChanges.Normalise(channel, fields.GetValueOrDefault(field), phones);
        if (contact is null)
        {
            return await InvalidAsync(token, fields, [], [], cancellationToken, [new PageError(field, FormFields.ContactError(channel == Channel.Email ? "email" : "phone", reason!))]);
        }

        var (outcome, kind, change) = await signUps.PrepareContactChangeAsync(id, token, channel, contact, cancellationToken);
        if (outcome.Kind != SubscriberOutcomeKind.Ok)
        {
            return await ShowAsync(token, null, null, cancellationToken);
        }

        if (kind == ContactChangeKind.NumberStopped)
        {
            return await InvalidAsync(token, fields, [], [], cancellationToken, [new PageError(field, PageStrings.ChangeNumberStopped)]);
        }

        if (kind == ContactChangeKind.Waiting)
        {
            // The same change again while its link or code works (trial r41 #5): nothing is sent, as the first ask was told.
            return Done(request, token, channel == Channel.Sms ? ManageNotices.PhoneChangeSent
                : change is { ComesBack: true } ? ManageNotices.ComeBackSent : ManageNotices.EmailChangeSent);
        }

        if (change is null)
        {
            return Done(request, token, ManageNotices.Unchanged);
        }

        var (email, phone) = channel == Channel.Email ? (contact, (string?)null) : (null, contact);
        if (await gate.RefuseConfirmationsAsync(request, ClientAction.ContactChange, email, phone, cancellationToken) is { } refused)
        {
            return await pages.TooManyAsync(refused, backText: PageStrings.BackToPreferences, backAction: "/manage", backHidden: Hidden(id, token, "open"));
        }

        var started = await signUps.StartContactChangeAsync(change, channel, cancellationToken);
        var notSent = await confirmations.SendAsync(request, started, cancellationToken);
        // The number's code is entered on the preference centre (its code field shows while the number waits).
        return Done(request, token, (channel, notSent.Count > 0) switch
        {
            (Channel.Sms, false) => ManageNotices.PhoneChangeSent,
            (Channel.Sms, true) => ManageNotices.PhoneChangeNotSent,
            (_, false) => change.ComesBack ? ManageNotices.ComeBackSent : ManageNotices.EmailChangeSent,
            (_, true) => ManageNotices.EmailChangeNotSent,
        });
    }

    // The texted code entered on the page (the person left the code page and came back): confirmed as on the code
    // page, with the same attempt limits; a wrong one is an error on the code field.
    private async Task<IActionResult> ConfirmCodeAsync(HttpRequest request, string id, string token, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var code = TypedCodes.Normalised(fields.GetValueOrDefault("code"));
        if (!TypedCodes.IsSixDigits(code))
        {
            // Not shaped like a code we send: how to write one, and no try spent.
            return await InvalidAsync(token, fields, [], [], cancellationToken, [new PageError("code", PageStrings.CodeNotSixDigits)]);
        }

        if (await gate.RefuseConfirmAttemptAsync(request, cancellationToken) is { } refused)
        {
            return refused.WithPage(await ShowAsync(token, null, LimitWords.Message(refused.Refusal.Limit, refused.Refusal.RetryAfterSeconds, refused.Action), cancellationToken, StatusCodes.Status429TooManyRequests));
        }

        var outcome = await signUps.ConfirmManagedSmsAsync(id, token, code, cancellationToken);
        if (outcome.Kind != SignUpOutcomeKind.Confirmed)
        {
            // Back, then Confirm again after the code worked: the number is confirmed, not the code wrong.
            return await signUps.ManagedSmsConfirmedAlreadyAsync(null, token, cancellationToken) is not null
                ? Done(request, token, ManageNotices.PhoneConfirmedAlready)
                : await InvalidAsync(token, fields, [], [], cancellationToken, [new PageError("code", SignUpService.IsCodeUsedUp(outcome) ? PageStrings.CodeUsedUp
                    : SignUpService.IsCodeSuperseded(outcome) ? PageStrings.CodeSuperseded : PageStrings.CodeWrong)]);
        }

        await changes.NotifyAsync(outcome, cancellationToken);
        return Done(request, token, ManageNotices.PhoneConfirmed);
    }

    private async Task<IActionResult> CancelContactChangeAsync(HttpRequest request, string id, string token, Channel channel, CancellationToken cancellationToken)
    {
        var outcome = await signUps.CancelContactChangeAsync(id, token, channel, cancellationToken);
        return outcome.Kind == SubscriberOutcomeKind.Ok ? Done(request, token, ManageNotices.Cancelled) : await ShowAsync(token, null, null, cancellationToken);
    }

    // Stopping everything also deletes the history: asked first, with a way back to the page.
    private Task<IActionResult> AskStopAsync(string id, string token) =>
        pages.RenderAsync<StopConfirmPage>(new Dictionary<string, object?>
        {
            [nameof(StopConfirmPage.StopHidden)] = Hidden(id, token, "stopConfirmed"),
            [nameof(StopConfirmPage.KeepHidden)] = Hidden(id, token, "open"),
        });

    private async Task<IActionResult> StopAsync(HttpRequest request, string id, string token, CancellationToken cancellationToken)
    {
        var outcome = await subscribers.StopEverythingAsync(id, token, cancellationToken);
        return outcome.Kind == SubscriberOutcomeKind.Ok
            ? Done(request, token, Stopped)
            : await Gone();
    }

    // After stopping (done=stopped), and on every later opening of the manage link while everything stays stopped by
    // "stop everything" (README; trial r36 #14: later openings showed the whole preference centre): "all alerts stopped"
    // with a link to sign up again. Contacts stopped one by one (a STOP text, an unsubscribe) keep the preference centre.
    // notice: what a form of that page just did ("Start my alerts again": the link went), shown instead of its sentence.
    private async Task<IActionResult?> StoppedPageAsync(HttpRequest request, SubscriberOutcome? read, bool justStopped, string? notice, CancellationToken cancellationToken)
    {
        if (read is not { Kind: SubscriberOutcomeKind.Ok, Subscriber: { } subscriber }
            || !IsStopped(subscriber)
            || (!justStopped && !await StoppedByStopEverythingAsync(subscriber, cancellationToken)))
        {
            return null;
        }

        PageCulture.Use(PageLanguage.ForSubscriber(subscriber.Language));
        var manageToken = request.Query["token"].ToString();
        // With an address, the way back keeps the topics and settings: "Start my alerts again" sends the come-back link
        // to it (the manage resend; trial r43 #5), rather than a blank sign-up form; a number comes back by START.
        return subscriber.Email is null
            ? await pages.MessageAsync(
                PageStrings.StoppedTitle, PageStrings.StoppedMessage, linkTo: new Uri(new Uri(request.GetEncodedUrl()), "/signup"), linkText: PageStrings.StoppedSignUpLink)
            : await pages.MessageAsync(
                PageStrings.StoppedTitle, notice ?? PageStrings.StoppedComeBackMessage, action: "/manage", button: notice is null ? PageStrings.ComeBackButton : PageStrings.ChangeSendLinkAgainButton,
                hidden: [.. Hidden(tokens.Verify(manageToken, TokenPurpose.Manage)?.SubscriberId ?? subscriber.Id, manageToken, "resend"), new(ResendChannel.Field, "email")]);
    }

    private async Task<bool> StoppedByStopEverythingAsync(Subscriber subscriber, CancellationToken cancellationToken) =>
        (subscriber.Email is { } email && await suppressions.ReasonAsync(Channel.Email, email, cancellationToken) == SuppressionReason.StopEverything)
        || (subscriber.Phone is { } phone && await suppressions.ReasonAsync(Channel.Sms, phone, cancellationToken) == SuppressionReason.StopEverything);
}
