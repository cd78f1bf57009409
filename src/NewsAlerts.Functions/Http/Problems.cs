namespace NewsAlerts.Functions.Http;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NewsAlerts.Core.Validation;

/// <summary>RFC 9457 problem+json answers that name the field and the reason.</summary>
public static class Problems
{
    /// <summary>400 with every invalid field under <c>errors</c>; the detail names the first.</summary>
    public static IActionResult Invalid(IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var details = new ValidationProblemDetails(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is not valid.",
            Detail = string.Join("; ", errors.Select(e => $"{e.Field}: {e.Reason}")),
        };
        return Result(details);
    }

    /// <summary>Any other problem.</summary>
    public static IActionResult Of(int status, string title, string detail) =>
        Result(new ProblemDetails { Status = status, Title = title, Detail = detail });

    private static ObjectResult Result(ProblemDetails details) => new(details)
    {
        StatusCode = details.Status,
        ContentTypes = { "application/problem+json" },
    };
}
