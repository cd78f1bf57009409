namespace NewsAlerts.Functions.Editors;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Functions.EditorConsole;

/// <summary>
/// <c>GET /editor</c>: the editor console, behind <see cref="EditorGate"/>: who is signed in, recent stories and the
/// publish form (<see cref="StoryDesk.ConsoleAsync"/>); <c>?desk=saved</c> (where the desk language form sends the browser)
/// says the desk language was saved.
/// </summary>
public sealed class EditorHomeFunction(ConsoleEntry entry, StoryDesk desk)
{
    /// <summary>Shows the landing page, or the gate's refusal.</summary>
    [Function("EditorHome")]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "editor")] HttpRequest request, CancellationToken cancellationToken) =>
        entry.PageAsync(request, editor => desk.ConsoleAsync(editor, null, null, cancellationToken, deskSaved: request.Query["desk"] == "saved"), cancellationToken);

    /// <summary>How an editor signed in, in words.</summary>
    public static string Describe(EditorSource source) => source switch
    {
        EditorSource.Platform => "Microsoft Entra ID (App Service authentication)",
        EditorSource.BearerToken => "a Microsoft Entra ID access token",
        EditorSource.MicrosoftSignIn => "Microsoft Entra ID (sign-in with Microsoft)",
        _ => "the development sign-in",
    };
}
