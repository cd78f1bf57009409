namespace NewsAlerts.Functions.Pages;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Validation;
using NewsAlerts.Functions.Http;
using NewsAlerts.Matching.Query;
using NewsAlerts.Pages.Topics;

/// <summary>
/// <c>GET /api/topics/compose?all=&amp;phrase=&amp;any=&amp;none=&amp;in=anywhere|headline|body&amp;subject=</c>: the topic the
/// builder writes for one row (<see cref="TopicBuilderFields"/>), and the parser's verdict, for the builder script's
/// live preview. 200 <c>{"topic": "...", "error": null}</c>, or with <c>"error": {"field": "any", "column": 3,
/// "reason": "...", "message": "..."}</c> naming the row's field and its column when the topic does not parse (a
/// preview, not a failed request). <c>"warnings"</c> lists what to know about a topic that parses, in the same words
/// as the sign-up answer's <c>warnings</c> (<see cref="Matching.Languages.TopicWarnings"/>: a topic that can never match, a
/// <c>subject:</c> no IPTC media topic has...), each <c>{"reason": "...", "message": "..."}</c> with the page's sentence. A field holding a character the sign-up refuses in a topic (NUL, controls, bidi
/// overrides: <see cref="FreeText"/>, the rule <c>/signup</c> and <c>/api/subscribers</c> apply) is such an error too,
/// at that character's column; the invisible characters that rule removes are removed here too. 400 problem+json when
/// a field is longer than a topic may be or <c>in</c> is none of <see cref="TopicBuilderFields.Scopes"/>.
/// </summary>
public sealed class TopicComposeFunction
{
    /// <summary>Composes and checks one builder row.</summary>
    [Function("TopicCompose")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/topics/compose")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        PageResponder.UseLanguage(request);
        foreach (var part in TopicBuilderFields.Parts)
        {
            if (request.Query[part].ToString().Length > TopicQuery.MaxLength)
            {
                return Problems.Field(StatusCodes.Status400BadRequest, "The request is not valid.", part, $"is longer than {TopicQuery.MaxLength} characters");
            }
        }

        if (request.Query["in"].ToString() is { Length: > 0 } scope && !TopicBuilderFields.Scopes.Contains(scope, StringComparer.Ordinal))
        {
            return Problems.Field(StatusCodes.Status400BadRequest, "The request is not valid.", "in", $"must be one of {string.Join(", ", TopicBuilderFields.Scopes)}, not \"{scope}\"");
        }

        foreach (var part in TopicBuilderFields.Parts)
        {
            if (FreeText.Check(request.Query[part].ToString()) is { Reason: { } refused, Index: var index })
            {
                return new JsonResult(new
                {
                    topic = (string?)null,
                    error = new { field = part, column = index + 1, reason = refused, message = TopicBuilderFields.FieldError(refused, index + 1) },
                    warnings = Array.Empty<object>(),
                });
            }
        }

        var recipe = TopicBuilderFields.Recipe(part => FreeText.Clean(request.Query[part].ToString()).Text);
        var row = new BuilderRow(0, recipe, Matching.Composition.TopicComposer.Compose(recipe));
        var parsed = row.Composed.IsEmpty ? null : row.Composed.Parse();
        object? error = null;
        if (parsed is { Success: false })
        {
            var (part, column) = row.Composed.Locate(parsed.Column);
            error = new
            {
                field = TopicBuilderFields.PartName(part),
                column,
                reason = parsed.Reason,
                message = TopicBuilderFields.Error(row, parsed.Column, parsed.Reason!).Message,
            };
        }

        var language = request.Query["lang"].ToString() is { Length: > 0 } lang ? lang : null;
        var warnings = parsed is { Success: true }
            ? Matching.Languages.TopicWarnings.Concerns(row.Composed.Text, language)
                .Zip(Matching.Languages.TopicWarnings.For(row.Composed.Text, language), (concern, reason) => new { reason, message = TopicNotes.Sentence(concern) })
                .ToArray()
            : [];
        return new JsonResult(new { topic = row.Composed.Text, error, warnings });
    }
}
