namespace NewsAlerts.Functions.Http;

using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NewsAlerts.Core.RateLimits;

/// <summary>
/// 429 problem+json for a request a rate limit refused, with <c>Retry-After</c> in whole seconds and the limit's name
/// (<c>limit</c>) in the body, e.g. <c>{"status":429,"title":"Too many requests","detail":"contact: ...","limit":"contact"}</c>.
/// </summary>
public sealed class RateLimitedResult(RateLimitRefusal refusal) : IActionResult
{
    /// <summary>The refusal answered.</summary>
    public RateLimitRefusal Refusal { get; } = refusal ?? throw new ArgumentNullException(nameof(refusal));

    /// <inheritdoc />
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HttpContext.Response.Headers.RetryAfter = Refusal.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        var details = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Too many requests",
            Detail = $"{Refusal.Limit}: the limit is reached; nothing was sent. Try again in {Refusal.RetryAfterSeconds} s.",
            Extensions = { ["limit"] = Refusal.Limit },
        };
        return new ObjectResult(details) { StatusCode = details.Status, ContentTypes = { Problems.MediaType } }.ExecuteResultAsync(context);
    }
}
