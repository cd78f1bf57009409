namespace NewsAlerts.Functions.EditorConsole;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Functions.Http;
using NewsAlerts.Pages.Editor;

/// <summary>
/// <c>GET /editor/stories/{key}/status</c> (editors; a bearer token or the console's session): a story's delivery by
/// channel and kind of message as JSON (the alert's rows first, then each retraction's or correction's follow-ups, as the
/// story page lists them), <c>{"sending":bool,"channels":[{"channel":"Sms","kind":"Alert","version":null,"queued":0,"sent":0,"delivered":1,"failed":0,"notSent":0,"reasons":[{"key":..,"value":n}]}],"digests":{"waiting":0,"nextDue":null,"due":0,"inDigest":1,"failed":0,"deadLettered":0,"notSent":0,"reasons":[],"counted":1,"partial":false},"unread":[]}</c> (<c>unread</c>: the parts that could not be read now, <see cref="StoryParts"/>),
/// which the story page's optional script polls while alerts go out (without script the page refreshes itself).
/// </summary>
public sealed class StoryStatusFunction(ConsoleEntry entry, StoryDesk desk)
{
    /// <summary>Answers the status.</summary>
    [Function("EditorStoryStatus")]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "editor/stories/{key}/status")] HttpRequest request, CancellationToken cancellationToken) =>
        entry.ApiAsync(request, async _ =>
        {
            var id = StoryKeys.IdOf(request.RouteValues["key"]?.ToString());
            if (id is null || await desk.GetAsync(id, cancellationToken) is not { } story)
            {
                return Problems.Field(StatusCodes.Status404NotFound, "Unknown story", "key", "no story with this key was published here.");
            }

            var (_, tallies, digests, unread) = await desk.StatusAsync(story, cancellationToken);
            // A part that could not be read now is named in "unread" (StoryParts: audit, delivery, digests), not a 500.
            return new OkObjectResult(new { sending = tallies.Any(t => t.Sending) || digests.Sending, channels = tallies, digests, unread });
        }, cancellationToken);
}
