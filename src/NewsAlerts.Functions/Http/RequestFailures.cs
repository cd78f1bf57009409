namespace NewsAlerts.Functions.Http;

using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

/// <summary>
/// Which exceptions a request itself can cause (a body that cannot be read, decoded or parsed) and the problem that
/// answers each, so no input produces a 5xx; anything else is the app's fault and answers 500 problem+json.
/// </summary>
public static class RequestFailures
{
    /// <summary>The 4xx problem for an exception caused by the request, or null when the request did not cause it.</summary>
    public static IActionResult? ProblemFor(Exception exception) => exception switch
    {
        BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status413PayloadTooLarge =>
            Problems.Field(bad.StatusCode, "Payload too large", "$", bad.Message),
        BadHttpRequestException bad when bad.StatusCode is >= 400 and < 500 =>
            Problems.Field(bad.StatusCode, "The request is not valid.", "$", bad.Message),
        InvalidDataException invalid => Problems.Field(StatusCodes.Status400BadRequest, "The request is not valid.", "$", $"the form cannot be read ({invalid.Message})"),
        DecoderFallbackException => Problems.Field(StatusCodes.Status400BadRequest, "The request is not valid.", "$", "is not valid UTF-8 text."),
        JsonException json => Problems.Field(StatusCodes.Status400BadRequest, "The request is not valid.", "$", NewsAlerts.Core.Articles.JsonSyntax.Describe(json)),
        _ => null,
    };

    /// <summary>The answer to a failure that is the app's own: 500 problem+json that says nothing about the cause.</summary>
    public static IActionResult Unexpected() =>
        Problems.Of(StatusCodes.Status500InternalServerError, "Internal error", "The request could not be completed; the failure has been logged.");
}
