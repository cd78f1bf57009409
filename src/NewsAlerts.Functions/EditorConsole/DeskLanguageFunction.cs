namespace NewsAlerts.Functions.EditorConsole;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Editor;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Pages.Layout;

/// <summary>
/// <c>POST /editor/desk-language</c> (editors, the console's desk language form with its form token, field
/// <c>deskLanguage</c>: one of the offered languages, <see cref="DeskLanguage.Check"/>): keeps it as the signed-in
/// editor's desk language (<see cref="IEditorSettings"/>) and sends the browser back to the console (303,
/// <c>/editor?desk=saved</c>), whose publish form now starts on it. Anything else comes back as the console with the
/// field's error (400) and nothing stored.
/// </summary>
public sealed class DeskLanguageFunction(ConsoleEntry entry, StoryDesk desk, IEditorSettings settings)
{
    /// <summary>Saves the desk language.</summary>
    [Function("EditorDeskLanguage")]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "editor/desk-language")] HttpRequest request, CancellationToken cancellationToken) =>
        entry.FormAsync(request, ConsoleForms.Desk, async (editor, form) =>
        {
            var (language, refused) = DeskLanguage.Check(form["deskLanguage"].ToString());
            if (refused is not null)
            {
                return await desk.ConsoleAsync(editor, null, [new PageError("deskLanguage", ConsoleStrings.DeskRefused)], cancellationToken);
            }

            await settings.SetDeskLanguageAsync(editor.Id, language!, cancellationToken);
            return EditorGate.SeeOther(request.HttpContext.Response, "/editor?desk=saved");
        }, cancellationToken);
}
