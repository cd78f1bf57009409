namespace NewsAlerts.Functions.Articles;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Editor;
using NewsAlerts.Functions.Http;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// <c>POST /api/articles</c> (editor key): validates and ingests an article and answers with its reach;
/// <c>?dryRun=true</c> answers the same reach and sample explanations without storing or sending anything. What is
/// stored is audited as done by "API key" (<see cref="EditorIdentity.ApiKey"/>).
/// </summary>
public sealed class ArticlesFunction(ArticleIngestion ingestion, SubscriberSync subscribers, TimeProvider time, IAuditLog audit)
{
    /// <summary>Publishes an article.</summary>
    [Function("PublishArticle")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/articles")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var dryRunText = request.Query["dryRun"].ToString();
        if (dryRunText.Length > 0 && !bool.TryParse(dryRunText, out _))
        {
            return Problems.Field(StatusCodes.Status400BadRequest, "The request is not valid.", "dryRun", "must be true or false.");
        }

        return await JsonBody.HandleAsync(request, ArticleParser.ExampleField, async (json, givenTwice) =>
        {
            var article = ArticleParser.Parse(json, time).After(givenTwice);
            if (!article.IsValid)
            {
                return Problems.Invalid(article.Errors);
            }

            await subscribers.EnsureLoadedAsync(cancellationToken);
            var dryRun = dryRunText.Length > 0 && bool.Parse(dryRunText);
            var result = await ingestion.IngestAsync(article.Value!, dryRun, cancellationToken);
            if (AuditEntries.Of(article.Value!, result, EditorIdentity.ApiKey, time.GetUtcNow()) is { } entry)
            {
                await audit.AddAsync(entry, cancellationToken);
            }

            return result.Decision switch
            {
                VersionDecision.Stale => Problems.Field(StatusCodes.Status409Conflict, "Stale version", "version", $"{result.Version} is older than the stored version of '{result.ArticleId}'."),
                VersionDecision.UnknownStory => Problems.Field(
                    StatusCodes.Status404NotFound, "Unknown story", "uri", $"no story '{result.ArticleId}' was published here, so there is nothing to withdraw or correct."),
                VersionDecision.AfterWithdrawal => Problems.Field(
                    StatusCodes.Status409Conflict, "Story withdrawn", "pubstatus", $"'{result.ArticleId}' was withdrawn; a withdrawn story takes no new versions."),
                _ => new OkObjectResult(result),
            };
        }, cancellationToken);
    }
}
