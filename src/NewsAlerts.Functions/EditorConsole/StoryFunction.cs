namespace NewsAlerts.Functions.EditorConsole;

using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Validation;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Functions.Pages;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Layout;
using NewsAlerts.Pages.Editor;

/// <summary>
/// <c>/editor/stories/{key}</c> (editors; key = base64url of the story id): <c>GET</c> shows the story, its delivery by
/// channel (refreshing while sending) and its audit. Its forms post back with <c>formToken</c>, <c>step</c> and
/// <c>base</c> (the version shown): <c>step=breaking|correct|retract</c> previews the next version (flagged urgency 1,
/// a major correction with <c>correctedHeadline</c>, <c>correctedBody</c> (pre-filled with the stored ones) and
/// <c>correctionNote</c>, a withdrawal with <c>retractionNote</c>): what it will send, the whole follow-up as each recipient
/// gets it, nothing sent; the preview's button posts <c>step=confirm</c> with <c>action</c> and <c>note</c> (and the
/// corrected headline and body, checked again), which publishes it (refused
/// when another version was published meanwhile) and comes back here (303).
/// </summary>
public sealed class StoryFunction(ConsoleEntry entry, PageResponder pages, StoryDesk desk, TimeProvider time)
{
    /// <summary>Shows the story or handles one of its forms.</summary>
    [Function("EditorStory")]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "editor/stories/{key}")] HttpRequest request, CancellationToken cancellationToken) =>
        entry.PageAsync(request, async editor =>
        {
            var id = StoryKeys.IdOf(request.RouteValues["key"]?.ToString());
            var stored = id is null ? null : await desk.GetAsync(id, cancellationToken);
            if (stored is null)
            {
                return await pages.EditorMessageAsync(ConsoleStrings.StoryGoneTitle, ConsoleStrings.StoryGoneMessage, StatusCodes.Status404NotFound, linkTo: ConsolePath, linkText: ConsoleStrings.BackToConsole);
            }

            return HttpMethods.IsGet(request.Method)
                ? await ShowAsync(editor, stored, [], cancellationToken)
                : await entry.PostedAsync(request, editor, ConsoleForms.Story, stored.Id, form => HandleAsync(request, editor, stored, form, cancellationToken), cancellationToken);
        }, cancellationToken);

    private async Task<IActionResult> HandleAsync(HttpRequest request, Editor editor, Article stored, IFormCollection form, CancellationToken cancellationToken)
    {
        if (!int.TryParse(form["base"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var shown) || shown != stored.Version)
        {
            return await pages.EditorMessageAsync(ConsoleStrings.ChangedMeanwhileTitle, ConsoleStrings.ChangedMeanwhileMessage, StatusCodes.Status409Conflict,
                linkTo: new Uri(StoryKeys.PathOf(stored.Id), UriKind.Relative), linkText: ConsoleStrings.OpenStory);
        }

        var step = form["step"].ToString();
        var confirm = step == "confirm";
        var action = confirm ? form["action"].ToString() : step;
        var posted = confirm ? form["note"].ToString() : action == "correct" ? form["correctionNote"].ToString() : form["retractionNote"].ToString();
        var noteField = action == "correct" ? "correctionNote" : "retractionNote";

        // The API's check of ednote and correction.note (trial r36 #3: a console note took U+202E into emails, the public
        // withdrawn page and the audit), on the preview and again on the confirm post, whose hidden note could be edited.
        var (checkedNote, noteRefused) = FreeText.Field(posted, ArticleNoticeParser.MaxNoteLength, lineBreaks: true);
        IReadOnlyList<PageError> noteErrors = noteRefused is null ? [] : [new PageError(noteField, ConsoleWords.ArticleError("note", noteRefused, pasted: false))];
        CorrectedText? corrected = null;
        if (action == "correct")
        {
            var (text, errors) = CorrectionFields.Check(stored, form[CorrectionFields.Headline].FirstOrDefault(), form[CorrectionFields.Body].FirstOrDefault());
            errors = noteErrors.Count > 0 ? [.. errors, .. noteErrors] : string.IsNullOrWhiteSpace(checkedNote) ? [.. errors, new PageError("correctionNote", ConsoleStrings.NoteMissing)] : errors;
            if (errors.Count > 0)
            {
                var values = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    [CorrectionFields.Headline] = form[CorrectionFields.Headline].ToString(),
                    [CorrectionFields.Body] = form[CorrectionFields.Body].ToString(),
                    ["correctionNote"] = posted,
                };
                return await ShowAsync(editor, stored, errors, cancellationToken, StatusCodes.Status400BadRequest, values);
            }

            corrected = text;
        }
        else if (action == "retract" && noteErrors.Count > 0)
        {
            return await ShowAsync(editor, stored, noteErrors, cancellationToken, StatusCodes.Status400BadRequest,
                new Dictionary<string, string>(StringComparer.Ordinal) { ["retractionNote"] = posted });
        }

        var note = (checkedNote ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal);

        if (StoryActions.Next(stored, action, note, time.GetUtcNow(), corrected) is not { } next)
        {
            return await pages.EditorMessageAsync(PageStrings.ForbiddenTitle, ConsoleStrings.FormExpiredMessage, StatusCodes.Status403Forbidden,
                linkTo: new Uri(StoryKeys.PathOf(stored.Id), UriKind.Relative), linkText: ConsoleStrings.OpenStory);
        }

        var path = StoryKeys.PathOf(stored.Id);
        if (!confirm)
        {
            var hidden = corrected is null
                ? Hidden(editor, stored, ("step", "confirm"), ("action", action), ("note", note))
                : Hidden(editor, stored, ("step", "confirm"), ("action", action), ("note", note), (CorrectionFields.Headline, corrected.Headline), (CorrectionFields.Body, corrected.Body));
            var button = action switch { "breaking" => ConsoleStrings.FlagBreakingButton, "correct" => ConsoleStrings.CorrectButton, _ => ConsoleStrings.RetractButton };
            return await desk.PreviewAsync(editor, next, path, hidden, button, danger: action == "retract", path, cancellationToken);
        }

        await desk.PublishAsync(next, StoryDesk.IdentityOf(editor), cancellationToken);
        return EditorGate.SeeOther(request.HttpContext.Response, path);
    }

    private async Task<IActionResult> ShowAsync(
        Editor editor, Article stored, IReadOnlyList<PageError> errors, CancellationToken cancellationToken, int status = StatusCodes.Status200OK,
        IReadOnlyDictionary<string, string>? correctionValues = null)
    {
        var (audit, tallies, digests, unread) = await desk.StatusAsync(stored, cancellationToken);
        return await pages.RenderAsync<StoryPage>(new Dictionary<string, object?>
        {
            [nameof(StoryPage.Article)] = stored,
            [nameof(StoryPage.Tallies)] = tallies,
            [nameof(StoryPage.Digests)] = digests,
            [nameof(StoryPage.Audit)] = audit,
            [nameof(StoryPage.Unread)] = unread,
            [nameof(StoryPage.Action)] = StoryKeys.PathOf(stored.Id),
            [nameof(StoryPage.BreakingHidden)] = Hidden(editor, stored, ("step", "breaking")),
            [nameof(StoryPage.CorrectHidden)] = Hidden(editor, stored, ("step", "correct")),
            [nameof(StoryPage.RetractHidden)] = Hidden(editor, stored, ("step", "retract")),
            [nameof(StoryPage.Errors)] = errors,
            [nameof(StoryPage.CorrectionValues)] = correctionValues ?? new Dictionary<string, string>(),
        }, status);
    }

    private static readonly Uri ConsolePath = new("/editor", UriKind.Relative);

    private IReadOnlyList<KeyValuePair<string, string>> Hidden(Editor editor, Article stored, params (string Name, string Value)[] more) =>
        pages.Hidden(ConsoleForms.Story, ConsoleForms.Subject(editor, stored.Id), [("base", stored.Version.ToString(CultureInfo.InvariantCulture)), .. more]);
}
