namespace NewsAlerts.Functions.EditorConsole;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Articles;
using NewsAlerts.Functions.Pages;
using NewsAlerts.Pages.Layout;

/// <summary>
/// <c>POST /editor/preview</c> (editors, the publish form with its form token): the reach preview of a new story (fields
/// or pasted ninjs) with the messages as they will be sent; nothing is stored or sent. Its button posts the same ninjs
/// to <c>/editor/publish</c>. A form the parser refuses comes back with its errors (400).
/// </summary>
public sealed class PreviewFunction(ConsoleEntry entry, PageResponder pages, StoryDesk desk, TimeProvider time)
{
    /// <summary>Shows the preview.</summary>
    [Function("EditorPreview")]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "editor/preview")] HttpRequest request, CancellationToken cancellationToken) =>
        entry.FormAsync(request, ConsoleForms.Publish, async (editor, form) =>
        {
            var pasted = !string.IsNullOrWhiteSpace(form["ninjs"].ToString());
            var ninjs = ConsoleForms.NinjsOf(form, time.GetUtcNow());
            var parsed = ArticleParser.Parse(ninjs, time);
            if (!parsed.IsValid)
            {
                var values = form.Keys.Where(k => k != NewsAlerts.Pages.Forms.FormTokens.FieldName).ToDictionary(k => k, k => form[k].ToString(), StringComparer.Ordinal);
                var errors = parsed.Errors.Select(e => new PageError(ConsoleForms.FieldOf(e.Field, pasted), NewsAlerts.Pages.Editor.ConsoleWords.ArticleError(e.Field, e.Reason, pasted))).ToList();
                return await desk.ConsoleAsync(editor, values, errors, cancellationToken);
            }

            return await desk.PreviewAsync(
                editor, parsed.Value!, "/editor/publish", pages.Hidden(ConsoleForms.Publish, ConsoleForms.Subject(editor), ("ninjs", ninjs)),
                NewsAlerts.Pages.Editor.ConsoleStrings.PublishButton, danger: false, "/editor", cancellationToken);
        }, cancellationToken);
}
