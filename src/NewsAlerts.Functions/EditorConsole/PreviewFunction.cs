namespace NewsAlerts.Functions.EditorConsole;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Articles;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Functions.Pages;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Layout;

/// <summary>
/// <c>POST /editor/preview</c> (editors, the publish form with its form token): the reach preview of a new story (fields
/// or pasted ninjs) with the messages as they will be sent; nothing is stored or sent. Its button posts the same ninjs
/// to <c>/editor/publish</c>. A form the parser refuses comes back with its errors (400).
/// </summary>
public sealed class PreviewFunction(EditorGate gate, PageResponder pages, StoryDesk desk, TimeProvider time)
{
    /// <summary>Shows the preview.</summary>
    [Function("EditorPreview")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "editor/preview")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (editor, refused) = await gate.ForPageAsync(request, cancellationToken);
        if (editor is null)
        {
            return refused!;
        }

        var form = await PageResponder.FormOfAsync(request, cancellationToken);
        if (await pages.RefuseAsync(request, form, ConsoleForms.Publish, ConsoleForms.Subject(editor)) is { } refusedForm)
        {
            return refusedForm;
        }

        var pasted = !string.IsNullOrWhiteSpace(form["ninjs"].ToString());
        var ninjs = ConsoleForms.NinjsOf(form, time.GetUtcNow());
        var parsed = ArticleParser.Parse(ninjs, time);
        if (!parsed.IsValid)
        {
            var values = form.Keys.Where(k => k != NewsAlerts.Pages.Forms.FormTokens.FieldName).ToDictionary(k => k, k => form[k].ToString(), StringComparer.Ordinal);
            var errors = parsed.Errors.Select(e => new PageError(ConsoleForms.FieldOf(e.Field, pasted), $"{e.Field}: {e.Reason}")).ToList();
            return await desk.ConsoleAsync(editor, values, errors, cancellationToken);
        }

        return await desk.PreviewAsync(
            parsed.Value!, "/editor/publish", pages.Hidden(ConsoleForms.Publish, ConsoleForms.Subject(editor), ("ninjs", ninjs)),
            NewsAlerts.Pages.Editor.ConsoleStrings.PublishButton, danger: false, "/editor", cancellationToken);
    }
}
