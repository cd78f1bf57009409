namespace NewsAlerts.Functions.EditorConsole;

using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Functions.Pages;
using NewsAlerts.Pages.Editor;

/// <summary>
/// <c>GET /editor/preview/email?id=</c> (editors; the id from a preview page, <see cref="EmailPreviewTickets"/>): the
/// preview's email HTML in its ticket's language exactly as composed for sending, for the preview page's frame. It carries its own policy, as a
/// mail client would treat it: inline styles and https or data images only, no script, no forms, sandboxed (keeping this
/// app's origin, which without script reads nothing; see <c>MessagesPreview.razor</c> for why), framed only by this app. An id that is expired, altered or another editor's answers 404 (a short note the frame shows).
/// </summary>
public sealed class EmailPreviewFunction(ConsoleEntry entry, EmailPreviewTickets tickets, AlertLinks links)
{
    /// <summary>The route of the email preview (its query: <c>id</c>).</summary>
    public const string Path = "/editor/preview/email";

    /// <summary>The email's policy: what its HTML may load and do in the frame.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; form-action 'none'; base-uri 'none'; frame-ancestors 'self'; sandbox allow-same-origin";

    /// <summary>Answers the email.</summary>
    [Function("EditorEmailPreview")]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "editor/preview/email")] HttpRequest request, CancellationToken cancellationToken) =>
        entry.PageAsync(request, editor =>
        {
            if (tickets.Open(editor, request.Query["id"].ToString()) is not { } ticket)
            {
                var note = $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(ConsoleStrings.EmailPreviewGoneTitle)}</title></head>"
                    + $"<body><p>{WebUtility.HtmlEncode(ConsoleStrings.EmailPreviewGone)}</p></body></html>";
                return Task.FromResult<IActionResult>(new PageResult(note, StatusCodes.Status404NotFound, ContentSecurityPolicy));
            }

            var language = Core.Texts.TextLanguages.Of(ticket.Language);
            var email = MessagePreviews.EmailIn(ticket.Content, ticket.Reason, links, ticket.ComposedAt, new Core.Planning.EmailLanguageCount(language, 0));
            return Task.FromResult<IActionResult>(new PageResult(email.Html, StatusCodes.Status200OK, ContentSecurityPolicy));
        }, cancellationToken);

    /// <summary>The frame's address of a preview id.</summary>
    public static string Source(string id) => $"{Path}?id={Uri.EscapeDataString(id)}";
}
