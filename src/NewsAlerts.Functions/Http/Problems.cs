namespace NewsAlerts.Functions.Http;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NewsAlerts.Core.Validation;

/// <summary>
/// RFC 9457 problem+json answers that name the field and the reason. They are written in English for the developer
/// calling the API, whatever its <c>Accept-Language</c>, and say so with <c>Content-Language: en</c> (RFC 9110 §8.5):
/// their reasons are the validators' own sentences, which a client matches on; people see pages, whose reasons are
/// translated from these (<c>NewsAlerts.Pages.Fields.ValidatorReasonWords</c>) into the person's language. A problem
/// about a field, whatever its status, names it under <c>errors</c> (<see cref="Field"/>); <see cref="Of"/> is for the rest.
/// </summary>
public static class Problems
{
    /// <summary>The media type of every problem answer.</summary>
    public const string MediaType = "application/problem+json";

    /// <summary>The language of every problem answer's title and detail (<c>Content-Language</c>).</summary>
    public const string Language = "en";

    /// <summary>400 with every invalid field under <c>errors</c>; the detail names the first.</summary>
    public static IActionResult Invalid(IReadOnlyList<FieldError> errors) => Fields(StatusCodes.Status400BadRequest, "The request is not valid.", errors);

    /// <summary>
    /// A problem about named fields (a JSON path such as <c>topics[1]</c>, or <c>$</c> for the whole body) with the
    /// given status: <c>errors</c> maps each field to its reasons.
    /// </summary>
    public static IActionResult Fields(int status, string title, IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var details = new ValidationProblemDetails(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray()))
        {
            Status = status,
            Title = title,
            Detail = string.Join("; ", errors.Select(e => $"{e.Field}: {e.Reason}")),
        };
        return Result(details);
    }

    /// <summary>A problem about one field (or <c>$</c> for the body).</summary>
    public static IActionResult Field(int status, string title, string field, string reason) => Fields(status, title, [new FieldError(field, reason)]);

    /// <summary>
    /// A problem about no field (a failure, a sign-in): one rule for every answer, a problem about a field (of the body,
    /// the query, the route or a header) is <see cref="Field"/> or <see cref="Fields"/>, so it carries <c>errors</c> as
    /// every 400 does and a client reading <c>errors</c> finds it (trial s43 #4: <c>dryRun</c>, a manage <c>token</c>, a
    /// stale <c>version</c>, a short-link <c>code</c> were named only in <c>detail</c>).
    /// </summary>
    public static IActionResult Of(int status, string title, string detail) =>
        Result(new ProblemDetails { Status = status, Title = title, Detail = detail });

    /// <summary>The problem+json answer of <paramref name="details"/>, with its status and <c>Content-Language</c>.</summary>
    internal static ObjectResult Result(ProblemDetails details) => new EnglishProblem(details)
    {
        StatusCode = details.Status,
        ContentTypes = { MediaType },
    };

    // A problem answer that says which language it is written in.
    private sealed class EnglishProblem(ProblemDetails details) : ObjectResult(details)
    {
        public override Task ExecuteResultAsync(ActionContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            context.HttpContext.Response.Headers.ContentLanguage = Language;
            return base.ExecuteResultAsync(context);
        }
    }
}
