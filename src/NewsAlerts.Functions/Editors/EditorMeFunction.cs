namespace NewsAlerts.Functions.Editors;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

/// <summary>
/// <c>GET /api/editor/me</c>: who the editor is, <c>{"id","name","source"}</c>, for the console's JSON calls and CMS tools
/// checking a token; 401 or 403 problem+json otherwise (<see cref="EditorGate.ForApiAsync"/>).
/// </summary>
public sealed class EditorMeFunction(EditorGate gate)
{
    /// <summary>Answers the signed-in editor.</summary>
    [Function("EditorMe")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/editor/me")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (editor, refused) = await gate.ForApiAsync(request, cancellationToken);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return editor is null ? refused! : new OkObjectResult(editor);
    }
}
