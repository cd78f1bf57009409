namespace NewsAlerts.Functions.Subscribers;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.RateLimits;
using NewsAlerts.Functions.Http;

/// <summary>
/// The rate limits as the sign-up functions meet them: the client's address from the request (the socket, or the
/// trusted <c>X-Forwarded-For</c> entry, <see cref="RateLimitOptions.ForwardedForHops"/>), then the limits of
/// <see cref="SignUpLimits"/>; a refusal is the 429 answer to return, having sent and stored nothing.
/// </summary>
public sealed class ConfirmationGate(SignUpLimits limits, IOptions<RateLimitOptions> options)
{
    /// <summary>
    /// The 429 answer when sending a confirmation to these contacts (null: none) for <paramref name="action"/> is over a
    /// limit; null when it may go.
    /// </summary>
    public Task<RateLimitedResult?> RefuseConfirmationsAsync(
        HttpRequest request, ClientAction action, string? email, string? phone, CancellationToken cancellationToken) =>
        RefuseAsync(request, (address, ct) => limits.TakeConfirmationsAsync(action, address, email, phone, ct), cancellationToken);

    /// <summary>
    /// The 429 answer when asking in one request for fresh manage links to every one of <paramref name="contacts"/> is over
    /// a limit (nothing then spends any contact's allowance: <see cref="SignUpLimits.TakeManageLinksAsync"/>); null when all may go.
    /// </summary>
    public Task<RateLimitedResult?> RefuseManageLinksAsync(HttpRequest request, IReadOnlyList<string> contacts, CancellationToken cancellationToken) =>
        RefuseAsync(request, (address, ct) => limits.TakeManageLinksAsync(address, contacts, ct), cancellationToken);

    /// <summary>The 429 answer when the client has made too many confirm requests; null when it may go.</summary>
    public Task<RateLimitedResult?> RefuseConfirmAttemptAsync(HttpRequest request, CancellationToken cancellationToken) =>
        RefuseAsync(request, limits.TakeConfirmAttemptAsync, cancellationToken);

    /// <summary>The address the per-client limits count for <paramref name="request"/>.</summary>
    public string ClientOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ClientAddress.Of(request.HttpContext.Connection.RemoteIpAddress, [.. request.Headers["X-Forwarded-For"].Select(v => v ?? string.Empty)], options.Value.ForwardedForHops);
    }

    private async Task<RateLimitedResult?> RefuseAsync(
        HttpRequest request, Func<string, CancellationToken, Task<RateLimitRefusal?>> take, CancellationToken cancellationToken)
    {
        var address = ClientOf(request);
        using var lease = await limits.EnterAsync(address, cancellationToken);
        if (!lease.IsAcquired)
        {
            return new RateLimitedResult(new RateLimitRefusal(SignUpLimits.InFlight, 1));
        }

        return await take(address, cancellationToken) is { } refusal ? new RateLimitedResult(refusal) : null;
    }
}
