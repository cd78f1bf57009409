namespace NewsAlerts.Functions.Http;

using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NewsAlerts.Core.RateLimits;

/// <summary>
/// 429 problem+json for a request a rate limit refused, with <c>Retry-After</c> in whole seconds and the limit's name
/// (<c>limit</c>) in the body, e.g. <c>{"status":429,"title":"Too many requests","detail":"contact: the limit is reached;
/// nothing was confirmed. Try again in 60 s.","limit":"contact"}</c>, the detail naming what was not done;
/// 503 with the same shape when the counters' storage failed (<see cref="SignUpLimits.Unavailable"/>), since then the
/// service, not the client, is at fault.
/// </summary>
/// <param name="refusal">The limit that refused and the wait.</param>
/// <param name="action">What was refused: the detail says that it was not done (trial s40 #4: a refused confirmation said "nothing was sent").</param>
public sealed class RateLimitedResult(RateLimitRefusal refusal, ClientAction action) : IActionResult
{
    /// <summary>The refusal answered.</summary>
    public RateLimitRefusal Refusal { get; } = refusal ?? throw new ArgumentNullException(nameof(refusal));

    /// <summary>What the client asked for that was refused.</summary>
    public ClientAction Action { get; } = action;

    /// <summary>
    /// What was not done, in the API's words: <c>nothing was confirmed</c> for <see cref="ClientAction.Confirm"/>,
    /// <c>nothing was signed up or sent</c> for <see cref="ClientAction.SignUp"/>, and so on for each action.
    /// </summary>
    public static string NotDone(ClientAction action) => action switch
    {
        ClientAction.SignUp => "nothing was signed up or sent",
        ClientAction.Resend => "no new link or code was sent",
        ClientAction.ManageLink => "no link was sent",
        ClientAction.ContactChange => "nothing was changed or sent",
        ClientAction.Confirm => "nothing was confirmed",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "not a client action"),
    };

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
                ? $"requests cannot be counted right now; {NotDone(Action)}. Try again in {Refusal.RetryAfterSeconds} s."
                : $"{Refusal.Limit}: the limit is reached; {NotDone(Action)}. Try again in {Refusal.RetryAfterSeconds} s.",
            Extensions = { ["limit"] = Refusal.Limit },
        };
        return Problems.Result(details).ExecuteResultAsync(context);
    }
}
