namespace NewsAlerts.Functions.Editors;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Functions.Pages;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Pages.Forms;

/// <summary><c>GET /editor</c>: the editor console's landing page, behind <see cref="EditorGate"/>; shows who is signed in.</summary>
public sealed class EditorHomeFunction(EditorGate gate, PageResponder pages)
{
    /// <summary>Shows the landing page, or the gate's refusal.</summary>
    [Function("EditorHome")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "editor")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (editor, refused) = await gate.ForPageAsync(request, cancellationToken);
        if (editor is null)
        {
            return refused!;
        }

        return await pages.RenderAsync<EditorHomePage>(new Dictionary<string, object?>
        {
            [nameof(EditorHomePage.EditorName)] = editor.Name,
            [nameof(EditorHomePage.Source)] = Describe(editor.Source),
            [nameof(EditorHomePage.SignOutHidden)] = editor.Source == EditorSource.DevSignIn ? pages.Hidden(EditorSignInFunction.SignOutForm, FormTokens.Anyone) : null,
            [nameof(EditorHomePage.SignOutLink)] = editor.Source == EditorSource.Platform ? "/.auth/logout" : null,
        });
    }

    /// <summary>How an editor signed in, in words.</summary>
    public static string Describe(EditorSource source) => source switch
    {
        EditorSource.Platform => "Microsoft Entra ID (App Service authentication)",
        EditorSource.BearerToken => "a Microsoft Entra ID access token",
        _ => "the development sign-in",
    };
}
