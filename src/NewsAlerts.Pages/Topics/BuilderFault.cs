namespace NewsAlerts.Pages.Topics;

/// <summary>What is wrong with one topic builder row (<see cref="TopicBuilderFields.Check"/>).</summary>
/// <param name="Part">The row's field it is about (<see cref="TopicBuilderFields.Parts"/>: <c>all</c>, <c>in</c>...).</param>
/// <param name="Reason">The validator's reason, in English as the API gives it (<c>must be one of anywhere, headline, body, not "sideways"</c>).</param>
/// <param name="Column">1-based column in that field (past the limit for a field too long), or 0 for a choice (<c>in</c>).</param>
/// <param name="Malformed">
/// True when the field could not have come from the builder's form (a field longer than a topic may be, an <c>in</c>
/// none of <see cref="TopicBuilderFields.Scopes"/>): <c>GET /api/topics/compose</c> answers 400 for it, not a preview.
/// </param>
public sealed record BuilderFault(string Part, string Reason, int Column, bool Malformed = false);
