namespace NewsAlerts.SmsSink;

using NewsAlerts.Core.Validation;

/// <summary>
/// The sink's own error answers (its <c>/sink</c> control API): RFC 9457 problem+json with every wrong field under
/// <c>errors</c> and the detail naming the first, the shape the Function App's APIs answer. The Twilio API it stands in
/// for answers Twilio's own error documents instead (<see cref="TwilioResponses.Error"/>).
/// </summary>
public static class SinkProblems
{
    /// <summary>400 naming every wrong field (a JSON path such as <c>count</c>, <c>$</c> for the whole body, or a query parameter).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    public static IResult Invalid(IReadOnlyList<FieldError> errors) => Fields(StatusCodes.Status400BadRequest, "The request is not valid.", errors);

    /// <summary>A problem about one field with the given status.</summary>
    public static IResult Field(int status, string title, string field, string reason) => Fields(status, title, [new FieldError(field, reason)]);

    private static IResult Fields(int status, string title, IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return Results.ValidationProblem(
            errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray()),
            detail: string.Join("; ", errors.Select(e => $"{e.Field}: {e.Reason}")),
            statusCode: status,
            title: title);
    }
}
