namespace NewsAlerts.Functions.Http;

using System.Globalization;
using Microsoft.AspNetCore.Mvc;

/// <summary>
/// A page answering a rate-limit refusal: sets <c>Retry-After</c> to <paramref name="seconds"/> (whole seconds, RFC 9110
/// 10.2.3), then answers <paramref name="page"/>, so a page's 429 tells browsers and scripts the wait as the API's does.
/// </summary>
public sealed class RetryAfterResult(int seconds, IActionResult page) : IActionResult
{
    /// <summary>The wait sent, in whole seconds.</summary>
    public int Seconds { get; } = seconds;

    /// <summary>The page answered.</summary>
    public IActionResult Page { get; } = page ?? throw new ArgumentNullException(nameof(page));

    /// <inheritdoc />
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HttpContext.Response.Headers.RetryAfter = Seconds.ToString(CultureInfo.InvariantCulture);
        return Page.ExecuteResultAsync(context);
    }
}
