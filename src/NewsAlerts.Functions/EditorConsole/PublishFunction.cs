namespace NewsAlerts.Functions.EditorConsole;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Articles;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Functions.Pages;
using NewsAlerts.Pages.Editor;

/// <summary>
/// <c>POST /editor/publish</c> (editors, the preview's button with its form token and <c>ninjs</c>): publishes the story
/// as <c>POST /api/articles</c> does, audits it under the editor's name, and sends the browser to the story's page (303).
/// </summary>
public sealed class PublishFunction(ConsoleEntry entry, PageResponder pages, StoryDesk desk, TimeProvider time)
{
    /// <summary>Publishes.</summary>
    [Function("EditorPublish")]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "editor/publish")] HttpRequest request, CancellationToken cancellationToken) =>
        entry.FormAsync(request, ConsoleForms.Publish, async (editor, form) =>
        {
            var parsed = ArticleParser.Parse(form["ninjs"].ToString(), time);
            if (!parsed.IsValid)
            {
                return await pages.EditorMessageAsync(ConsoleStrings.NothingToPublishTitle, string.Join("; ", parsed.Errors.Select(e => NewsAlerts.Pages.Editor.ConsoleWords.ArticleError(e.Field, e.Reason, pasted: true))), StatusCodes.Status400BadRequest,
                    linkTo: new Uri("/editor", UriKind.Relative), linkText: ConsoleStrings.BackToConsole);
            }

            var result = await desk.PublishAsync(parsed.Value!, StoryDesk.IdentityOf(editor), cancellationToken);
            if (result.Decision == VersionDecision.AfterWithdrawal)
            {
                return await pages.EditorMessageAsync(ConsoleStrings.WithdrawnStoryTitle, ConsoleStrings.DecisionAfterWithdrawal, StatusCodes.Status409Conflict,
                    linkTo: new Uri(StoryKeys.PathOf(result.ArticleId), UriKind.Relative), linkText: ConsoleStrings.OpenStory);
            }

            return result.Decision is VersionDecision.Stale or VersionDecision.UnknownStory
                ? await pages.EditorMessageAsync(ConsoleStrings.ChangedMeanwhileTitle, ConsoleStrings.ChangedMeanwhileMessage, StatusCodes.Status409Conflict,
                    linkTo: new Uri(StoryKeys.PathOf(result.ArticleId), UriKind.Relative), linkText: ConsoleStrings.OpenStory)
                : EditorGate.SeeOther(request.HttpContext.Response, StoryKeys.PathOf(result.ArticleId));
        }, cancellationToken);
}
