namespace NewsAlerts.Functions.Http;

using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NewsAlerts.Core.RateLimits;

/// <summary>
/// 429 problem+json for a request a rate limit refused, with <c>Retry-After</c> in whole seconds and the limit's name
/// (<c>limit</c>) in the body, e.g. <c>{"status":429,"title":"Too many requests","detail":"contact: ...","limit":"contact"}</c>;
/// 503 with the same shape when the counters' storage failed (<see cref="SignUpLimits.Unavailable"/>), since then the
/// service, not the client, is at fault.
/// </summary>
public sealed class RateLimitedResult(RateLimitRefusal refusal) : IActionResult
{
    /// <summary>The refusal answered.</summary>
    public RateLimitRefusal Refusal { get; } = refusal ?? throw new ArgumentNullException(nameof(refusal));

    /// <summary><paramref name="page"/> (a page telling a person the wait) with this refusal's <c>Retry-After</c>.</summary>
    public IActionResult WithPage(IActionResult page) => new RetryAfterResult(Refusal.RetryAfterSeconds, page);

    /// <inheritdoc />
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HttpContext.Response.Headers.RetryAfter = Refusal.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        var unavailable = Refusal.Limit == SignUpLimits.Unavailable;
        var details = new ProblemDetails
        {
            Status = unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status429TooManyRequests,
            Title = unavailable ? "Service unavailable" : "Too many requests",
            Detail = unavailable
                ? $"requests cannot be counted right now; nothing was sent. Try again in {Refusal.RetryAfterSeconds} s."
                : $"{Refusal.Limit}: the limit is reached; nothing was sent. Try again in {Refusal.RetryAfterSeconds} s.",
            Extensions = { ["limit"] = Refusal.Limit },
        };
        return new ObjectResult(details) { StatusCode = details.Status, ContentTypes = { Problems.MediaType } }.ExecuteResultAsync(context);
    }
}
