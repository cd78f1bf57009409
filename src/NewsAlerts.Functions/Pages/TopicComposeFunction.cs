namespace NewsAlerts.Functions.Pages;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Validation;
using NewsAlerts.Functions.Http;
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
/// at that character's column; the invisible characters that rule removes are removed here too. A word with nothing to
/// search for (<c>(</c>, only punctuation, only invisible characters) is such an error too, at its column. 400
/// problem+json when a field is longer than a topic may be or <c>in</c> is none of <see cref="TopicBuilderFields.Scopes"/>.
/// Every check is <see cref="TopicBuilderFields.Check"/>, the one the sign-up page and the preference centre make of their rows.
/// </summary>
public sealed class TopicComposeFunction
{
    /// <summary>Composes and checks one builder row.</summary>
    [Function("TopicCompose")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/topics/compose")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        PageResponder.UseLanguage(request);
        // The one check of a row, the pages' too (TopicBuilderFields.Check, trial s42 #B).
        var fault = TopicBuilderFields.Check(part => request.Query.TryGetValue(part, out var value) ? value.ToString() : null);
        if (fault is { Malformed: true })
        {
            return Problems.Field(StatusCodes.Status400BadRequest, "The request is not valid.", fault.Part, fault.Reason);
        }

        var recipe = TopicBuilderFields.Recipe(part => FreeText.Clean(request.Query[part].ToString()).Text);
        var row = new BuilderRow(0, recipe, Matching.Composition.TopicComposer.Compose(recipe));
        var error = fault is null ? null : new { field = fault.Part, column = fault.Column, reason = fault.Reason, message = TopicBuilderFields.Message(fault) };
        // A refused character shows no topic (what it would be is not what the sign-up takes); warnings only for a row without fault.
        var refused = fault is not null && FreeText.Check(request.Query[fault.Part].ToString()).Reason is not null;
        var parsed = fault is null && !row.Composed.IsEmpty ? row.Composed.Parse() : null;
        var language = request.Query["lang"].ToString() is { Length: > 0 } lang ? lang : null;
        var warnings = parsed is { Success: true }
            ? Matching.Languages.TopicWarnings.Concerns(row.Composed.Text, language)
                .Zip(Matching.Languages.TopicWarnings.For(row.Composed.Text, language), (concern, reason) => new { reason, message = TopicNotes.Sentence(concern) })
                .ToArray()
            : [];
        return new JsonResult(new { topic = refused ? null : row.Composed.Text, error, warnings });
    }
}
