namespace NewsAlerts.Functions.EditorConsole;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Functions.Pages;

/// <summary>
/// The way into every console function, in one place: <see cref="EditorGate"/> first (a page's refusal is the sign-in
/// redirect or a 403 page, a JSON call's is 401/403 problem+json), then for a form post its origin and its form token,
/// bound to the editor (and the story). Only then does the function's own work run, with the editor (and the form).
/// </summary>
public sealed class ConsoleEntry(EditorGate gate, PageResponder pages)
{
    /// <summary>An <c>/editor</c> page: <paramref name="handle"/> with the editor, or the gate's refusal.</summary>
    public async Task<IActionResult> PageAsync(HttpRequest request, Func<Editor, Task<IActionResult>> handle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var (editor, refused) = await gate.ForPageAsync(request, cancellationToken);
        return editor is null ? refused! : await handle(editor);
    }

    /// <summary>A console JSON call: <paramref name="handle"/> with the editor, or the gate's problem+json refusal.</summary>
    public async Task<IActionResult> ApiAsync(HttpRequest request, Func<Editor, Task<IActionResult>> handle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var (editor, refused) = await gate.ForApiAsync(request, cancellationToken);
        return editor is null ? refused! : await handle(editor);
    }

    /// <summary>
    /// A console form post of <paramref name="form"/> not about a story: <paramref name="handle"/> with the editor and the
    /// posted form, or the gate's refusal, or a 403 page (origin not allowed, form token missing, forged, expired or another editor's).
    /// </summary>
    public Task<IActionResult> FormAsync(
        HttpRequest request, string form, Func<Editor, IFormCollection, Task<IActionResult>> handle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handle);
        return PageAsync(request, editor => PostedAsync(request, editor, form, null, posted => handle(editor, posted), cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The form post of <paramref name="form"/> by <paramref name="editor"/> (already through the gate) about story
    /// <paramref name="articleId"/> (or none): <paramref name="handle"/> with the posted form, or a 403 page.
    /// </summary>
    public async Task<IActionResult> PostedAsync(
        HttpRequest request, Editor editor, string form, string? articleId, Func<IFormCollection, Task<IActionResult>> handle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var (posted, unreadable) = await pages.ReadFormAsync(request, cancellationToken, editor: true);
        // A refused console form (an expired preview, most often) leads back to the page it came from, where a fresh form waits.
        var back = articleId is null ? "/editor" : NewsAlerts.Pages.Editor.StoryKeys.PathOf(articleId);
        return unreadable ?? await pages.RefuseAsync(request, posted, form, ConsoleForms.Subject(editor, articleId), editorBack: back) ?? await handle(posted);
    }
}
